import { requireRole } from '$lib/server/auth/guards';
import { listReviewDue } from '$lib/server/kennis/list-review-due';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	return await listReviewDue(user);
};
