import { requireUser } from '$lib/server/auth/guards';
import { proposeAssignment } from '$lib/server/matching/propose-assignment';
import { chooseOrganization, formValues, matchingFormFailure } from '../matching-page.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { organization, organizations } = await chooseOrganization(user, event.url, 'role');
	return { organization, organizations };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const values = formValues(form);
		try {
			const proposal = await proposeAssignment(user, {
				organizationId: String(form.get('_organisatie') ?? ''),
				input: values
			});
			return { proposal, values };
		} catch (err) {
			return matchingFormFailure(err, values);
		}
	}
};
