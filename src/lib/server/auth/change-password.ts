import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { existingPasswordField, passwordField } from '../accounts/account-fields.ts';
import { parseInput } from '../validation.ts';
import { getAuth } from './auth.ts';
import { toAppError } from './auth-error.ts';

const changeSchema = z
	.object({ currentPassword: existingPasswordField, password: passwordField, passwordRepeat: z.string() })
	.refine((v) => v.password === v.passwordRepeat, { path: ['passwordRepeat'], message: m.auth.errors.passwordsDiffer });

/** Changes the password of the session's user (needs the current one); their other sessions end. */
export async function changePassword(input: {
	currentPassword: unknown;
	password: unknown;
	passwordRepeat: unknown;
	headers: Headers;
}): Promise<void> {
	const data = parseInput(changeSchema, input);
	const auth = await getAuth();
	try {
		await auth.api.changePassword({
			body: { currentPassword: data.currentPassword, newPassword: data.password, revokeOtherSessions: true },
			headers: input.headers
		});
	} catch (err) {
		throw toAppError(err);
	}
}
