import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { getProfile } from '$lib/server/matching/get-profile';
import { updateProfile } from '$lib/server/matching/update-profile';
import { formValues, matchingFormFailure, pageError } from '../../../matching-page.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	// Health data: never kept in a shared or browser cache.
	event.setHeaders({ 'cache-control': 'no-store' });
	try {
		const { profile, vocabulary } = await getProfile(user, { profileId: event.params.id, purpose: 'edit' });
		return {
			profile: { id: profile.id, code: profile.code },
			vocabulary,
			values: {
				code: profile.code,
				birthYear: String(profile.birthYear),
				gender: profile.gender,
				needs: profile.needs,
				intensity: String(profile.intensity),
				closedAuthorisation: profile.closedAuthorisation ? 'ja' : 'nee',
				municipalityCode: profile.municipality.code,
				waitingSince: profile.waitingSince,
				notes: profile.notes ?? ''
			} as Record<string, unknown>
		};
	} catch (err) {
		pageError(err, event.url);
	}
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const values = formValues(await event.request.formData(), ['needs']);
		try {
			await updateProfile(user, { profileId: event.params.id, input: values });
		} catch (err) {
			return matchingFormFailure(err, values);
		}
		redirect(303, `/matching/profielen/${event.params.id}?opgeslagen`);
	}
};
