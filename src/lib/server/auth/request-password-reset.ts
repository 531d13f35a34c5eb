import { z } from 'zod';
import { emailField } from '../accounts/account-fields.ts';
import { parseInput } from '../validation.ts';
import { getAuth } from './auth.ts';
import { consumeRateLimit } from './rate-limit.ts';

/** Mails a password-reset link if the address has an account; never reveals whether it has. */
export async function requestPasswordReset(input: { email: unknown; ip: string }): Promise<void> {
	const { email } = parseInput(z.object({ email: emailField }), { email: input.email });
	await consumeRateLimit('mail', input.ip, email);
	const auth = await getAuth();
	await auth.api.requestPasswordReset({ body: { email, redirectTo: '/wachtwoord-herstellen' } });
}
