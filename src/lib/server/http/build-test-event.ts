import type { RequestEvent } from '@sveltejs/kit';

/**
 * Test factory: a RequestEvent with just what handles and endpoints read (request, url, locals),
 * for unit tests of hooks and JSON endpoints without a running server.
 */
export function buildRequestEvent(
	url: string,
	init: RequestInit & { locals?: Partial<App.Locals> } = {}
): RequestEvent {
	const { locals, ...requestInit } = init;
	const request = new Request(url, requestInit);
	return {
		request,
		url: new URL(url),
		locals: { requestId: 'test-request', user: null, session: null, ...locals },
		params: {},
		route: { id: null },
		getClientAddress: () => '127.0.0.1'
	} as unknown as RequestEvent;
}
