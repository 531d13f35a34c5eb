import { describe, expect, it } from 'vitest';
import { buildRequestEvent } from '$lib/server/http/build-test-event';
import { GET as getIndex } from './+server.ts';
import { GET as getOpenApi } from './openapi.json/+server.ts';
import { fallback } from './[...rest]/+server.ts';

describe('/api/v1 routes', () => {
	it('GET /api/v1 gives name, version and links', async () => {
		const response = await getIndex(buildRequestEvent('http://localhost/api/v1'));
		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({
			name: 'Kleinschalig API',
			version: expect.stringMatching(/^\d+\.\d+\.\d+/),
			links: { openapi: '/api/v1/openapi.json', health: '/health' }
		});
	});

	it('GET /api/v1/openapi.json gives the OpenAPI document', async () => {
		const response = await getOpenApi(buildRequestEvent('http://localhost/api/v1/openapi.json'));
		expect((await response.json()).openapi).toMatch(/^3\.1\./);
	});

	it('answers unknown API paths, any method, with a Dutch 404 problem', async () => {
		for (const method of ['GET', 'POST', 'DELETE']) {
			const response = await fallback(buildRequestEvent('http://localhost/api/v1/bestaat/niet', { method }));
			expect(response.status).toBe(404);
			expect(response.headers.get('content-type')).toBe('application/problem+json');
			expect(await response.json()).toMatchObject({
				status: 404,
				title: 'Niet gevonden',
				instance: '/api/v1/bestaat/niet',
				requestId: 'test-request'
			});
		}
	});
});
