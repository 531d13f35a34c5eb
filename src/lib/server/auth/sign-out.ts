import { getAuth } from './auth.ts';

/** Ends the session of the request's cookie (the cookie is cleared on the SvelteKit response). */
export async function signOut(headers: Headers): Promise<void> {
	const auth = await getAuth();
	try {
		await auth.api.signOut({ headers });
	} catch {
		// No or an expired session: the user is logged out either way.
	}
}
