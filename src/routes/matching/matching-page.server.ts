import { error, fail, redirect, type ActionFailure } from '@sveltejs/kit';
import { m } from '$lib/i18n/nl';
import type { Actor } from '$lib/server/accounts/actor';
import { requireUser } from '$lib/server/auth/guards';
import type { SessionUser } from '$lib/server/auth/types';
import { listMatchingOrganizations } from '$lib/server/matching/access';
import { httpStatusOf, isAppError } from '$lib/server/errors';

/** The provider organisations where the user may use matching. */
export type MatchingOrganization = Awaited<ReturnType<typeof listMatchingOrganizations>>[number];

/**
 * The organisation a workspace page is about: `?organisatie=` when the user may use it there,
 * else the first one. `need` says what the page needs: the matching role or a manager.
 */
export async function chooseOrganization(
	user: Actor,
	url: URL,
	need: 'role' | 'manager'
): Promise<{ organization: MatchingOrganization; organizations: MatchingOrganization[] }> {
	const all = await listMatchingOrganizations(user);
	const organizations = all.filter((o) => (need === 'role' ? o.hasRole : o.isManager));
	const wanted = url.searchParams.get('organisatie');
	const organization = organizations.find((o) => o.id === wanted) ?? (wanted ? undefined : organizations[0]);
	if (!organization) error(403, need === 'role' ? m.matching.errors.noAccess : m.matching.errors.notManager);
	return { organization, organizations };
}

/**
 * Turns an AppError in a page load into the matching page: the login page for anonymous
 * visitors, otherwise an error page with the status and Dutch message. Rethrows anything else.
 */
export function pageError(err: unknown, url: URL): never {
	if (!isAppError(err)) throw err;
	if (err.code === 'unauthenticated')
		redirect(303, `/inloggen?terug=${encodeURIComponent(url.pathname + url.search)}`);
	error(httpStatusOf[err.code], err.message);
}

/**
 * The load of a workspace page: the signed-in user's chosen organisation and their others, plus
 * what `read` loads for it; an AppError becomes the matching error page (see pageError).
 */
export async function loadWorkspace<T extends object>(
	event: { locals: App.Locals; url: URL },
	need: 'role' | 'manager',
	read: (user: SessionUser, organizationId: string) => Promise<T>
): Promise<{ organization: MatchingOrganization; organizations: MatchingOrganization[] } & T> {
	const user = requireUser(event);
	const { organization, organizations } = await chooseOrganization(user, event.url, need);
	try {
		return { organization, organizations, ...(await read(user, organization.id)) };
	} catch (err) {
		pageError(err, event.url);
	}
}

/** The text fields of a form, with repeated fields (checkboxes) as lists. */
export function formValues(form: FormData, lists: readonly string[] = []): Record<string, string | string[]> {
	const values: Record<string, string | string[]> = {};
	for (const [name, value] of form.entries()) {
		if (typeof value !== 'string' || name.startsWith('_')) continue;
		if (lists.includes(name)) values[name] = [...((values[name] as string[] | undefined) ?? []), value];
		else values[name] = value;
	}
	for (const name of lists) values[name] ??= [];
	return values;
}

/** What a matching form action returns when the input was refused. */
export interface MatchingFormFailure {
	message: string;
	/** Dutch message per field name. */
	errors: Record<string, string>;
	/** The values as entered, to fill the form again. */
	values: Record<string, unknown>;
	/** Which form on the page failed (pages with several forms). */
	form?: string;
}

/**
 * Turns an AppError of a matching function into a failed form action that keeps what the user
 * typed; anything else is rethrown (a 500 with a request id).
 */
export function matchingFormFailure(
	err: unknown,
	values: Record<string, unknown> = {},
	form?: string
): ActionFailure<MatchingFormFailure> {
	if (!isAppError(err)) throw err;
	const errors: Record<string, string> = {};
	for (const fe of err.fieldErrors) errors[fe.path] ??= fe.message;
	const message =
		err.code === 'invalid-input' && err.fieldErrors.length > 0 ? m.matching.form.invalid : err.message;
	return fail(httpStatusOf[err.code], { message, errors, values, form });
}

/** An AppError as a small JSON error response (the export endpoint); anything else is rethrown. */
export function apiError(err: unknown): Response {
	if (!isAppError(err)) throw err;
	return new Response(JSON.stringify({ status: httpStatusOf[err.code], title: err.message }), {
		status: httpStatusOf[err.code],
		headers: { 'content-type': 'application/problem+json' }
	});
}
