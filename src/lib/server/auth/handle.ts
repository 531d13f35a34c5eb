import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { getRequestEvent } from '$app/server';
import { svelteKitHandler } from 'better-auth/svelte-kit';
import { loadSessionUser } from '../accounts/load-session-user.ts';
import { getAuth } from './auth.ts';
import { setRequestEventSource } from './request-event.ts';

setRequestEventSource(getRequestEvent);

/**
 * Serves better-auth's HTTP endpoints under /api/auth and resolves the session cookie of every
 * other request into locals.user / locals.session.
 */
export const handleAuth: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	if (building) return resolve(event);
	const auth = await getAuth();
	if (!event.url.pathname.startsWith('/api/auth/')) {
		const found = await auth.api.getSession({ headers: event.request.headers });
		if (found) {
			event.locals.user = await loadSessionUser(found.user.id);
			event.locals.session = event.locals.user
				? {
						id: found.session.id,
						expiresAt: found.session.expiresAt,
						activeOrganizationId: found.session.activeOrganizationId ?? null
					}
				: null;
		}
	}
	return svelteKitHandler({ event, resolve, auth, building });
};
