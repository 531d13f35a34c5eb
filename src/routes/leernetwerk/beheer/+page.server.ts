import { requireRole } from '$lib/server/auth/guards';
import type { PageServerLoad } from './$types';

// Only coordinators (and admins) may open this work area; others are sent to log in or get a 403.
export const load: PageServerLoad = (event) => {
	requireRole(event, 'coordinator');
	return {};
};
