import { z } from 'zod';
import { emailField, existingPasswordField } from '../accounts/account-fields.ts';
import { parseInput } from '../validation.ts';
import { getAuth } from './auth.ts';
import { toAppError } from './auth-error.ts';
import { clearRateLimit, consumeRateLimit } from './rate-limit.ts';

const signInSchema = z.object({ email: emailField, password: existingPasswordField });

/**
 * Logs in with e-mail and password (rate-limited per IP + e-mail). Inside a SvelteKit request the
 * session cookie is set on the response; the returned token serves callers without one (tests).
 */
export async function signIn(input: {
	email: unknown;
	password: unknown;
	ip: string;
	headers?: Headers;
}): Promise<{ userId: string; token: string }> {
	const data = parseInput(signInSchema, { email: input.email, password: input.password });
	await consumeRateLimit('login', input.ip, data.email);
	const auth = await getAuth();
	try {
		const result = await auth.api.signInEmail({
			body: { email: data.email, password: data.password },
			headers: input.headers ?? new Headers()
		});
		await clearRateLimit('login', input.ip, data.email);
		return { userId: result.user.id, token: result.token };
	} catch (err) {
		throw toAppError(err);
	}
}
