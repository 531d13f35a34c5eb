import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { handleAuth } from '$lib/server/auth/handle';
import { handleRequestContext } from '$lib/server/http/request-context';
import { handleSecurityHeaders } from '$lib/server/http/security-headers';
import { startServer } from '$lib/server/startup';

export const init: ServerInit = async () => {
	await startServer();
};

export const handle: Handle = sequence(handleRequestContext, handleSecurityHeaders, handleAuth);

export const handleError: HandleServerError = ({ event, status, message }) => {
	const requestId = event.locals.requestId;
	if (status >= 500) console.error({ requestId, err: message });
	return { message: status === 404 ? 'Pagina niet gevonden' : 'Er ging iets mis', requestId };
};
