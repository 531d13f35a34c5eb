import { error, fail, redirect, type ActionFailure } from '@sveltejs/kit';
import { m } from '$lib/i18n/nl';
import { httpStatusOf, isAppError } from '$lib/server/errors';

/** What a meetings form action returns when the input was refused. */
export interface MeetingFormFailure {
	message: string;
	/** Dutch message per field name. */
	errors: Record<string, string>;
	/** The values as entered, to fill the form again. */
	values: Record<string, string>;
}

/** Turns an AppError into a failed form action that keeps what the user typed; rethrows the rest. */
export function meetingFormFailure(err: unknown, values: Record<string, string> = {}): ActionFailure<MeetingFormFailure> {
	if (!isAppError(err)) throw err;
	const errors: Record<string, string> = {};
	for (const fe of err.fieldErrors) errors[fe.path.split('/')[0]!] ??= fe.message;
	const message = err.code === 'invalid-input' ? m.netwerk.meetings.errors.invalid : err.message;
	return fail(httpStatusOf[err.code], { message, errors, values });
}

/** Turns an AppError in a load into the login page (anonymous) or an error page; rethrows the rest. */
export function meetingPageError(err: unknown, url: URL): never {
	if (!isAppError(err)) throw err;
	if (err.code === 'unauthenticated') redirect(303, `/inloggen?terug=${encodeURIComponent(url.pathname + url.search)}`);
	error(httpStatusOf[err.code], err.message);
}
