import { error, fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/i18n/nl';
import { articleFormValuesOf } from '$lib/kennis/article-form';
import { renderMarkdown } from '$lib/kennis/render-markdown';
import { requireRole } from '$lib/server/auth/guards';
import { httpStatusOf, isAppError } from '$lib/server/errors';

/** What a kennisdossier form action returns when the input was refused. */
export interface KennisFormFailure {
	message: string;
	/** Dutch message per form field ("title", "sources", "contactEmail"). */
	errors: Record<string, string>;
}

// Schema paths ("sources/0/url", "contact/email") → the form field that holds them.
function formFieldOf(path: string): string {
	const [first = '', second = ''] = path.split('/');
	if (first === 'contact') return `contact${second.charAt(0).toUpperCase()}${second.slice(1)}`;
	return first;
}

/**
 * Turns an AppError into a failed form action with a message per form field plus `extra` (the
 * values typed, so nothing is lost); anything else is rethrown (a 500 with a request id).
 */
export function kennisFormFailure<T extends Record<string, unknown>>(
	err: unknown,
	extra: T = {} as T
): ActionFailure<KennisFormFailure & T> {
	if (!isAppError(err)) throw err;
	const errors: Record<string, string> = {};
	for (const fe of err.fieldErrors) errors[formFieldOf(fe.path)] ??= fe.message;
	const message = err.code === 'invalid-input' ? m.registerUi.form.invalid : err.message;
	return fail(httpStatusOf[err.code], { message, errors, ...extra });
}

/** An AppError in a page load as the matching page (login for anonymous visitors); rethrows others. */
export function kennisPageError(err: unknown, url: URL): never {
	if (!isAppError(err)) throw err;
	if (err.code === 'unauthenticated')
		redirect(303, `/inloggen?terug=${encodeURIComponent(url.pathname + url.search)}`);
	error(httpStatusOf[err.code], err.message);
}

/**
 * The editor's "Voorbeeld" action (new and existing articles): renders the Markdown on the server,
 * so the preview works without JavaScript; nothing is stored.
 */
export async function previewArticle(event: RequestEvent) {
	requireRole(event, 'editor');
	const values = articleFormValuesOf(await event.request.formData());
	return { preview: renderMarkdown(values.body), values };
}
