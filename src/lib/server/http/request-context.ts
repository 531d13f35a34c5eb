import { randomUUID } from 'node:crypto';
import type { Handle } from '@sveltejs/kit';
import { getLogger } from '../log.ts';

// Load balancers poll /health every few seconds; at info level those lines would drown the rest.
const QUIET_PATHS = new Set(['/health']);

/**
 * Gives every request an id (honouring a sane incoming X-Request-Id), a child logger carrying that
 * id on `locals.log`, echoes the id back and logs one line per request when it is answered.
 */
export const handleRequestContext: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const incoming = event.request.headers.get('x-request-id');
	const requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
	event.locals.requestId = requestId;
	event.locals.log = getLogger().child({ requestId });

	const line = (status: number) => ({
		method: event.request.method,
		path: event.url.pathname,
		status,
		ms: Math.round((performance.now() - started) * 10) / 10
	});
	let response: Response;
	try {
		response = await resolve(event);
	} catch (error) {
		// SvelteKit normally turns errors into responses; this only runs if a handle itself throws.
		event.locals.log.error(line(500), 'request failed');
		throw error;
	}
	response.headers.set('x-request-id', requestId);
	const quiet = QUIET_PATHS.has(event.url.pathname) && response.status < 400;
	event.locals.log[quiet ? 'debug' : 'info'](line(response.status), 'request');
	return response;
};
