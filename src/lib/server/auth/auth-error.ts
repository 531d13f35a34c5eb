import { APIError } from 'better-auth/api';
import { m } from '../../i18n/nl.ts';
import { AppError, isAppError } from '../errors.ts';

const e = m.auth.errors;

// better-auth error codes → our one error type with a Dutch message.
const known: Record<string, () => AppError> = {
	INVALID_EMAIL_OR_PASSWORD: () => new AppError('unauthenticated', e.wrongCredentials),
	EMAIL_NOT_VERIFIED: () => new AppError('forbidden', e.notVerified),
	BANNED_USER: () => new AppError('forbidden', e.blocked),
	INVALID_TOKEN: () => new AppError('invalid-input', e.tokenInvalid),
	TOKEN_EXPIRED: () => new AppError('invalid-input', e.tokenInvalid),
	INVALID_PASSWORD: () =>
		new AppError('invalid-input', e.currentPasswordWrong, [{ path: 'currentPassword', message: e.currentPasswordWrong }]),
	PASSWORD_TOO_SHORT: () =>
		new AppError('invalid-input', e.passwordTooShort, [{ path: 'password', message: e.passwordTooShort }]),
	PASSWORD_TOO_LONG: () =>
		new AppError('invalid-input', e.passwordTooLong, [{ path: 'password', message: e.passwordTooLong }]),
	USER_ALREADY_EXISTS: () => new AppError('conflict', e.emailTaken, [{ path: 'email', message: e.emailTaken }]),
	USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: () =>
		new AppError('conflict', e.emailTaken, [{ path: 'email', message: e.emailTaken }])
};

/** Turns an error thrown by auth.api.* into an AppError (unknown errors are rethrown as they are). */
export function toAppError(err: unknown): unknown {
	if (isAppError(err)) return err;
	if (err instanceof APIError) {
		const code = typeof err.body?.code === 'string' ? err.body.code : '';
		const make = known[code];
		if (make) return make();
		if (err.statusCode === 429) return new AppError('rate-limited', e.rateLimited);
	}
	return err;
}
