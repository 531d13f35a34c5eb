import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { listGroupHomes } from '$lib/server/matching/list-group-homes';
import { getMatchingSettings } from '$lib/server/matching/manage-settings';
import { rankProfilesForHome } from '$lib/server/matching/rank-profiles-for-home';
import { updateHomeSettings } from '$lib/server/matching/update-home-settings';
import { formValues, matchingFormFailure, pageError } from '../../matching-page.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	try {
		// rankProfilesForHome checks the matching role in the home's organisation first.
		const { organizationId, ranking } = await rankProfilesForHome(user, { homeId: event.params.homeId });
		const [home] = await listGroupHomes(user, { organizationId, homeId: event.params.homeId });
		const { vocabulary } = await getMatchingSettings(user, { organizationId });
		const isManager = user.organizations.some((o) => o.id === organizationId && o.role === 'manager');
		return { organizationId, isManager, home: home!, ranking, vocabulary };
	} catch (err) {
		pageError(err, event.url);
	}
};

export const actions: Actions = {
	instellingen: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const values = formValues(form, ['genders', 'competences']);
		try {
			await updateHomeSettings(user, {
				organizationId: String(form.get('_organisatie') ?? ''),
				homeId: event.params.homeId,
				input: values
			});
		} catch (err) {
			return matchingFormFailure(err, values);
		}
		redirect(303, `/matching/woningen/${event.params.homeId}?opgeslagen`);
	}
};
