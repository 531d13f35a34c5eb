import { verifyEmail } from '$lib/server/auth/verify-email';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	return { verified: await verifyEmail(url.searchParams.get('token')) };
};
