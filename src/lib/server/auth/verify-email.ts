import { getAuth } from './auth.ts';

/** Confirms an e-mail address with the token from the verification mail; false if it is invalid or expired. */
export async function verifyEmail(token: string | null): Promise<boolean> {
	if (!token || token.length > 2000) return false;
	const auth = await getAuth();
	try {
		await auth.api.verifyEmail({ query: { token } });
		return true;
	} catch {
		return false;
	}
}
