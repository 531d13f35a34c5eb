/**
 * Calling a route's own load, action or endpoint as SvelteKit does, in database tests: a request
 * event for a user, and the outcome as an HTTP status or redirect when the route refuses.
 */
import { isHttpError, isRedirect } from '@sveltejs/kit';
import type { SessionUser } from '../../src/lib/server/auth/types.ts';

/** A request event for `path` as `user` (null: anonymous); `form` makes it a POST with form data. */
export function routeEvent(
	path: string,
	user: SessionUser | null,
	options: { params?: Record<string, string>; form?: Record<string, string> } = {}
) {
	const url = new URL(path, 'http://localhost');
	let request = new Request(url);
	if (options.form) {
		const body = new FormData();
		for (const [name, value] of Object.entries(options.form)) body.append(name, value);
		request = new Request(url, { method: 'POST', body });
	}
	return {
		url,
		request,
		params: options.params ?? {},
		locals: { user, session: null, requestId: 'test' },
		setHeaders: () => {}
	} as never;
}

/** What the route returned, or its refusal: the HTTP status of an error, "redirect <location>". */
export async function routeResult(run: () => unknown): Promise<unknown> {
	try {
		return await run();
	} catch (error) {
		if (isHttpError(error)) return error.status;
		if (isRedirect(error)) return `redirect ${error.location}`;
		throw error;
	}
}

/** Like routeResult, with "ok" for any answer that was not a refusal. */
export async function routeOutcome(run: () => unknown): Promise<number | string> {
	let refused = false;
	const result = await routeResult(async () => {
		try {
			return await run();
		} catch (error) {
			refused = true;
			throw error;
		}
	});
	return refused ? (result as number | string) : 'ok';
}
