import type { Handle } from '@sveltejs/kit';

/** Resolves the session cookie into locals.user / locals.session. (Filled in by the auth work.) */
export const handleAuth: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	return resolve(event);
};
