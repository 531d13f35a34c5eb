import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { passwordField } from '../accounts/account-fields.ts';
import { parseInput } from '../validation.ts';
import { getAuth } from './auth.ts';
import { toAppError } from './auth-error.ts';

const resetSchema = z
	.object({ token: z.string().min(1, m.auth.errors.tokenInvalid).max(500), password: passwordField, passwordRepeat: z.string() })
	.refine((v) => v.password === v.passwordRepeat, { path: ['passwordRepeat'], message: m.auth.errors.passwordsDiffer });

/** Sets a new password with the token from the reset mail; other sessions of the user end. */
export async function resetPassword(input: { token: unknown; password: unknown; passwordRepeat: unknown }): Promise<void> {
	const data = parseInput(resetSchema, input);
	const auth = await getAuth();
	try {
		await auth.api.resetPassword({ body: { token: data.token, newPassword: data.password } });
	} catch (err) {
		throw toAppError(err);
	}
}
