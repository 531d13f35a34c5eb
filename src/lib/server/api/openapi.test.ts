import { Validator } from '@seriousme/openapi-schema-validator';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeApi } from './describe-api.ts';
import { buildOpenApiDocument, type ApiModule } from './openapi.ts';

async function validate(document: unknown): Promise<{ valid: boolean; errors?: unknown }> {
	const validator = new Validator();
	return validator.validate(structuredClone(document) as Record<string, unknown>);
}

// A module in the shape later modules have: a named shared schema used in and out.
const roster = z
	.object({ weekday: z.number().int().min(1).max(7), carers: z.number().int().min(0).default(1) })
	.meta({ id: 'Shift' });
const sampleModule: ApiModule = {
	name: 'register',
	description: 'Homes and the definition check',
	operations: [
		{
			method: 'post',
			path: '/api/v1/definition-check',
			operationId: 'checkFacility',
			summary: 'Check a home against the definition',
			requestBody: z.object({
				places: z.number().int().min(1).optional(),
				roster: z.array(roster).optional()
			}),
			response: {
				description: 'The verdict',
				schema: z.object({ verdict: z.string(), roster: z.array(roster) })
			}
		},
		{
			method: 'get',
			path: '/api/v1/homes/{id}',
			operationId: 'getHome',
			summary: 'One home',
			parameters: [{ name: 'id', in: 'path', description: 'Home id', schema: z.string() }],
			response: { description: 'The home', schema: z.object({ id: z.string() }) },
			problems: [404],
			requiresLogin: true
		}
	]
};

describe('the OpenAPI document', () => {
	it('is a valid OpenAPI 3.1 document, with every registered module', async () => {
		const result = await validate(describeApi());
		expect(result.errors).toBeUndefined();
		expect(result.valid).toBe(true);
	});

	it('describes /health, the index and itself, and the Problem schema', () => {
		const document = describeApi();
		expect(document.openapi).toMatch(/^3\.1\./);
		// Other modules add their paths to the same document; the platform's own are always there.
		expect(Object.keys(document.paths)).toEqual(
			expect.arrayContaining(['/api/v1', '/api/v1/openapi.json', '/health'])
		);
		expect(document.paths['/health']!.get).toMatchObject({ responses: { 200: {}, 503: {} } });
		expect(document.components.schemas.Problem).toMatchObject({
			type: 'object',
			required: expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance'])
		});
		expect(document.components.responses.Problem500).toBeDefined();
	});

	it('grows with every registered module and stays valid, named schemas becoming components', async () => {
		const document = buildOpenApiDocument([sampleModule], { title: 'Test', version: '1' });
		expect((await validate(document)).valid).toBe(true);
		const check = document.paths['/api/v1/definition-check']!.post as Record<string, unknown>;
		expect(JSON.stringify(check)).toContain('#/components/schemas/Shift');
		expect(Object.keys(check.responses as object).sort()).toEqual(['200', '400', '500']);
		// The request form (carers optional because of its default) differs from the answer form.
		expect(Object.keys(document.components.schemas)).toEqual(
			expect.arrayContaining(['Problem', 'FieldError', 'Shift'])
		);
		expect(Object.keys(document.components.schemas).filter((n) => n.startsWith('Shift'))).toHaveLength(2);
		const home = document.paths['/api/v1/homes/{id}']!.get as Record<string, unknown>;
		expect(home.security).toEqual([{ session: [] }]);
		expect(Object.keys(home.responses as object).sort()).toEqual(['200', '401', '404', '500']);
	});

	it('refuses an endpoint registered twice', () => {
		expect(() => buildOpenApiDocument([sampleModule, sampleModule], { title: 'T', version: '1' })).toThrow(
			/twice/
		);
	});
});
