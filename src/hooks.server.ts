import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { m } from '$lib/i18n/nl';
import { handleAuth } from '$lib/server/auth/handle';
import { handleRequestContext } from '$lib/server/http/request-context';
import { handleSecurityHeaders } from '$lib/server/http/security-headers';
import { getLogger } from '$lib/server/log';
import { startServer } from '$lib/server/startup';

export const init: ServerInit = async () => {
	// `vite build` runs init when it prerenders; the database is not the build's business.
	if (building) return;
	await startServer();
};

// Order matters: the request context (id, logger) first, so every later handle can log.
export const handle: Handle = sequence(handleRequestContext, handleSecurityHeaders, handleAuth);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const requestId = event.locals.requestId;
	if (status >= 500) {
		const log = event.locals.log ?? getLogger().child({ requestId });
		log.error({ err: error, status, path: event.url.pathname }, message);
	}
	return { message: status === 404 ? m.platform.errors.notFound : m.platform.errors.unexpected, requestId };
};
