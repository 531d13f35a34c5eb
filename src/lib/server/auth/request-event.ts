import type { RequestEvent } from '@sveltejs/kit';
import { env } from '../env.ts';

// SvelteKit's getRequestEvent() only exists inside Vite/the built app; the CLI and tests run this
// code without it. The auth handle registers the real source; elsewhere there is no request.
let source: () => RequestEvent | undefined = () => undefined;

/** Registers where the current request comes from (called once by the SvelteKit hook). */
export function setRequestEventSource(getRequestEvent: () => RequestEvent): void {
	source = () => {
		try {
			return getRequestEvent();
		} catch {
			// Outside a request (startup, background work) SvelteKit throws; there simply is none.
			return undefined;
		}
	};
}

/** The request being handled, if any. */
export function currentRequestEvent(): RequestEvent | undefined {
	return source();
}

/** The public origin for links in mails: ORIGIN, else the current request's, else localhost:PORT. */
export function siteOrigin(): string {
	const configured = env().ORIGIN;
	if (configured) return new URL(configured).origin;
	const event = currentRequestEvent();
	if (event) return event.url.origin;
	return `http://localhost:${env().PORT}`;
}
