import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { createProfile } from '$lib/server/matching/create-profile';
import { getMatchingSettings } from '$lib/server/matching/manage-settings';
import { chooseOrganization, formValues, matchingFormFailure } from '../../matching-page.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { organization } = await chooseOrganization(user, event.url, 'role');
	const settings = await getMatchingSettings(user, { organizationId: organization.id });
	return { organization, vocabulary: settings.vocabulary };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const organizationId = String(form.get('_organisatie') ?? '');
		const values = formValues(form, ['needs']);
		let id: string;
		try {
			// createProfile refuses anyone without the matching role in this organisation.
			id = (await createProfile(user, { organizationId, input: values })).id;
		} catch (err) {
			return matchingFormFailure(err, values);
		}
		redirect(303, `/matching/profielen/${id}?nieuw`);
	}
};
