import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { emailField, nameField, passwordField } from '../accounts/account-fields.ts';
import { parseInput } from '../validation.ts';
import { getAuth } from './auth.ts';
import { toAppError } from './auth-error.ts';
import { consumeRateLimit } from './rate-limit.ts';

const signUpSchema = z
	.object({ name: nameField, email: emailField, password: passwordField, passwordRepeat: z.string() })
	.refine((v) => v.password === v.passwordRepeat, {
		path: ['passwordRepeat'],
		message: m.auth.errors.passwordsDiffer
	});

/**
 * Self sign-up: creates an unverified account and mails the verification link. For an address
 * that already has an account better-auth answers the same, so the form never reveals accounts.
 */
export async function signUp(input: {
	name: unknown;
	email: unknown;
	password: unknown;
	passwordRepeat: unknown;
	ip: string;
	headers?: Headers;
}): Promise<void> {
	const data = parseInput(signUpSchema, input);
	await consumeRateLimit('signup', input.ip, data.email);
	const auth = await getAuth();
	try {
		await auth.api.signUpEmail({
			body: { name: data.name, email: data.email, password: data.password },
			headers: input.headers ?? new Headers()
		});
	} catch (err) {
		throw toAppError(err);
	}
}
