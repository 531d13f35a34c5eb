import { fail, type ActionFailure } from '@sveltejs/kit';
import { m } from '../../i18n/nl.ts';
import { httpStatusOf, isAppError } from '../errors.ts';

export interface FormFailure {
	message: string;
	/** Dutch message per field name. */
	errors: Record<string, string>;
	/** What the user typed, to fill the form again (never passwords). */
	values: Record<string, string>;
	/** Extra flags for a page, e.g. that the account still needs its address confirmed. */
	flags?: Record<string, boolean>;
}

/**
 * Turns an error from a module function into the failure of a form action: an AppError becomes
 * its status with the Dutch messages; anything else is rethrown (a 500 with a request id).
 */
export function formFailure(
	err: unknown,
	values: Record<string, string> = {},
	flags?: Record<string, boolean>
): ActionFailure<FormFailure> {
	if (!isAppError(err)) throw err;
	const errors: Record<string, string> = {};
	for (const fe of err.fieldErrors) errors[fe.path] ??= fe.message;
	const message = err.fieldErrors.length > 0 && err.code === 'invalid-input' ? m.auth.errors.formInvalid : err.message;
	return fail(httpStatusOf[err.code], { message, errors, values, flags });
}

/** The text fields of a submitted form as strings (files and missing fields become ''). */
export function textFields<const K extends string>(form: FormData, ...names: K[]): Record<K, string> {
	const out = {} as Record<K, string>;
	for (const name of names) {
		const value = form.get(name);
		out[name] = typeof value === 'string' ? value : '';
	}
	return out;
}
