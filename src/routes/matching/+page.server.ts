import { listMatchingOrganizations } from '$lib/server/matching/access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) return { signedIn: false, hasRole: false };
	const organizations = await listMatchingOrganizations(locals.user);
	return { signedIn: true, hasRole: organizations.some((o) => o.hasRole || o.isManager) };
};
