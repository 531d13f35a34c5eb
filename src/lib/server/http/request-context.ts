import { randomUUID } from 'node:crypto';
import type { Handle } from '@sveltejs/kit';

/** Gives every request an id (honouring a sane incoming X-Request-Id) and echoes it back. */
export const handleRequestContext: Handle = async ({ event, resolve }) => {
	const incoming = event.request.headers.get('x-request-id');
	event.locals.requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
	const response = await resolve(event);
	response.headers.set('x-request-id', event.locals.requestId);
	return response;
};
