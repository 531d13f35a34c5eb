import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/i18n/nl';
import { requireUser } from '$lib/server/auth/guards';
import { todayOf } from '$lib/server/matching/profile-view';
import { deleteProfile } from '$lib/server/matching/delete-profile';
import { getProfile } from '$lib/server/matching/get-profile';
import { rankHomesForProfile } from '$lib/server/matching/rank-homes-for-profile';
import { matchingFormFailure, pageError } from '../../matching-page.server';
import { decideAction } from './decision-actions.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	// Health data: never kept in a shared or browser cache.
	event.setHeaders({ 'cache-control': 'no-store' });
	try {
		const { organizationId, profile, decisions } = await getProfile(user, { profileId: event.params.id });
		const { ranking, incomplete } = await rankHomesForProfile(user, { profileId: event.params.id });
		const isManager = user.organizations.some((o) => o.id === organizationId && o.role === 'manager');
		return { organizationId, isManager, profile, decisions, ranking, incomplete, today: todayOf(new Date()) };
	} catch (err) {
		pageError(err, event.url);
	}
};

export const actions: Actions = {
	besluit: decideAction,
	wissen: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		if (form.get('bevestig') !== 'ja') {
			const errors: Record<string, string> = { bevestig: m.matching.detail.eraseConfirmMissing };
			return fail(400, { message: m.matching.detail.eraseConfirmMissing, errors, values: {}, form: 'erase' });
		}
		let organizationId: string;
		try {
			({ organizationId } = await deleteProfile(user, { profileId: event.params.id }));
		} catch (err) {
			return matchingFormFailure(err, {}, 'erase');
		}
		redirect(303, `/matching/profielen?organisatie=${encodeURIComponent(organizationId)}&gewist`);
	}
};
