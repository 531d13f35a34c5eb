import { z } from 'zod';
import { emailField } from '../accounts/account-fields.ts';
import { isAppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { getAuth } from './auth.ts';
import { toAppError } from './auth-error.ts';
import { consumeRateLimit } from './rate-limit.ts';

/** Mails a new verification link if the address has an unverified account; says nothing either way. */
export async function resendVerification(input: { email: unknown; ip: string }): Promise<void> {
	const { email } = parseInput(z.object({ email: emailField }), { email: input.email });
	await consumeRateLimit('mail', input.ip, email);
	const auth = await getAuth();
	try {
		// No session headers on purpose: better-auth then answers alike for every address.
		await auth.api.sendVerificationEmail({ body: { email } });
	} catch (err) {
		const mapped = toAppError(err);
		if (isAppError(mapped) && mapped.code === 'rate-limited') throw mapped;
		throw err;
	}
}
