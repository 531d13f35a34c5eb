import { fail, type ActionFailure } from '@sveltejs/kit';
import { m } from '$lib/i18n/nl';
import { httpStatusOf, isAppError } from '$lib/server/errors';

/** What a netwerk form action returns when the input was refused. */
export interface NetworkFormFailure {
	message: string;
	/** Dutch message per field (a list's item errors, "themes/0", count for the list "themes"). */
	errors: Record<string, string>;
	/** What the user entered, to fill the form again (never passwords). */
	values: Record<string, string | string[]>;
	/** Which form on the page failed, when a page has several. */
	form?: string;
}

/** Turns an AppError into a failed action that keeps the input; anything else is rethrown (500). */
export function networkFormFailure(
	err: unknown,
	values: Record<string, string | string[]> = {},
	form?: string
): ActionFailure<NetworkFormFailure> {
	if (!isAppError(err)) throw err;
	const errors: Record<string, string> = {};
	for (const fe of err.fieldErrors) errors[fe.path.split('/')[0] ?? fe.path] ??= fe.message;
	const message =
		err.code === 'invalid-input' && err.fieldErrors.length > 0 ? m.auth.errors.formInvalid : err.message;
	return fail(httpStatusOf[err.code], { message, errors, values, form });
}

/** The named text fields of a form as strings ('' when absent). */
export function formText<const K extends string>(form: FormData, ...names: K[]): Record<K, string> {
	const out = {} as Record<K, string>;
	for (const name of names) {
		const value = form.get(name);
		out[name] = typeof value === 'string' ? value : '';
	}
	return out;
}

/** Every string value of a repeated field (checkbox group). */
export function formList(form: FormData, name: string): string[] {
	return form.getAll(name).filter((v): v is string => typeof v === 'string');
}
