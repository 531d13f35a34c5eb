import type { Handle } from '@sveltejs/kit';

/** Two years, the preload-list minimum; only ever sent over https (browsers ignore it over http). */
export const HSTS_VALUE = 'max-age=63072000; includeSubDomains';

/**
 * Security headers on every response; the Content-Security-Policy itself comes from
 * svelte.config.js because SvelteKit adds nonces/hashes for its own inline scripts there.
 */
export const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	headers.set('x-content-type-options', 'nosniff');
	headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	headers.set('x-frame-options', 'DENY');
	headers.set('cross-origin-opener-policy', 'same-origin');
	headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
	// event.url is https when the server is reached over TLS, or when ORIGIN / adapter-node's
	// PROTOCOL_HEADER say the proxy in front of it terminates TLS.
	if (event.url.protocol === 'https:') headers.set('strict-transport-security', HSTS_VALUE);
	return response;
};
