import { requireRole } from '$lib/server/auth/guards';
import type { PageServerLoad } from './$types';

// Only researchers (and admins) may open this work area; others are sent to log in or get a 403.
export const load: PageServerLoad = (event) => {
	requireRole(event, 'researcher');
	return {};
};
