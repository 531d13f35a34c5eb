import { error, fail, redirect, type ActionFailure } from '@sveltejs/kit';
import { m } from '$lib/i18n/nl';
import { httpStatusOf, isAppError } from '$lib/server/errors';

/** What a register form action returns when the input was refused. */
export interface HomeFormFailure {
	message: string;
	/** Dutch message per error path ("places", "roster/2/start"). */
	errors: Record<string, string>;
	/** The values as entered, to fill the form again. */
	values: Record<string, unknown>;
}

/**
 * Turns an AppError of a register function into a failed form action that keeps what the user
 * typed; anything else is rethrown (a 500 with a request id).
 */
export function homeFormFailure(err: unknown, values: Record<string, unknown>): ActionFailure<HomeFormFailure> {
	if (!isAppError(err)) throw err;
	const errors: Record<string, string> = {};
	for (const fe of err.fieldErrors) errors[fe.path] ??= fe.message;
	const message = err.code === 'invalid-input' ? m.registerUi.form.invalid : err.message;
	return fail(httpStatusOf[err.code], { message, errors, values });
}

/**
 * Turns an AppError in a page load into the matching page: the login page for anonymous
 * visitors, otherwise an error page with the status and Dutch message. Rethrows anything else.
 */
export function pageError(err: unknown, url: URL): never {
	if (!isAppError(err)) throw err;
	if (err.code === 'unauthenticated') {
		redirect(303, `/inloggen?terug=${encodeURIComponent(url.pathname + url.search)}`);
	}
	error(httpStatusOf[err.code], err.message);
}

/**
 * The submitted form without the roster rows whose "remove" box (`_verwijder`) is ticked, so a
 * plain form can drop shifts without JavaScript.
 */
export function withoutRemovedRows(form: FormData): FormData {
	const removed = new Set(form.getAll('_verwijder').map(String));
	const kept = new FormData();
	for (const [name, value] of form.entries()) {
		const row = /^roster\/(\d+)\//.exec(name);
		if (row && removed.has(row[1]!)) continue;
		kept.append(name, value);
	}
	return kept;
}
