import { requireUser } from '$lib/server/auth/guards';
import { todayOf } from '$lib/server/matching/profile-view';
import { explainProfileFit } from '$lib/server/matching/explain-profile-fit';
import { pageError } from '../../../../matching-page.server';
import { decideAction } from '../../decision-actions.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	// Health data: never kept in a shared or browser cache.
	event.setHeaders({ 'cache-control': 'no-store' });
	try {
		const result = await explainProfileFit(user, { profileId: event.params.id, homeId: event.params.homeId });
		return { ...result, today: todayOf(new Date()) };
	} catch (err) {
		pageError(err, event.url);
	}
};

export const actions: Actions = { besluit: decideAction };
