import { describe, expect, it } from 'vitest';
import config from '../../../../svelte.config.js';
import { buildRequestEvent } from './build-test-event.ts';
import { HSTS_VALUE, handleSecurityHeaders } from './security-headers.ts';

async function headersFor(url: string): Promise<Headers> {
	const response = await handleSecurityHeaders({
		event: buildRequestEvent(url),
		resolve: async () => new Response('<p>hallo</p>', { headers: { 'content-type': 'text/html' } })
	});
	return response.headers;
}

describe('handleSecurityHeaders', () => {
	it('sets the browser protections on every response', async () => {
		const headers = await headersFor('http://localhost/');
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('x-frame-options')).toBe('DENY');
		expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
		expect(headers.get('permissions-policy')).toContain('camera=()');
	});

	it('adds HSTS only when the request came over https', async () => {
		expect((await headersFor('http://localhost/')).get('strict-transport-security')).toBeNull();
		expect((await headersFor('https://kleinschalig.example.nl/')).get('strict-transport-security')).toBe(
			HSTS_VALUE
		);
	});
});

describe('the Content-Security-Policy in svelte.config.js', () => {
	const csp = config.kit?.csp;
	const directives = (csp?.directives ?? {}) as Record<string, string[] | undefined>;

	it('lets SvelteKit add nonces/hashes and allows scripts only from this origin', () => {
		expect(csp?.mode).toBe('auto');
		expect(directives['script-src']).toEqual(['self']);
	});

	it('never allows eval, inline scripts without a nonce, framing or plugins', () => {
		const all = Object.values(directives).flat();
		expect(all).not.toContain('unsafe-eval');
		expect(directives['script-src']).not.toContain('unsafe-inline');
		expect(directives['frame-ancestors']).toEqual(['none']);
		expect(directives['object-src']).toEqual(['none']);
		expect(directives['default-src']).toEqual(['self']);
	});
});
