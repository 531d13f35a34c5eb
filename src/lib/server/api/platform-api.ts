import { z } from 'zod';
import { healthSchema } from '../http/check-health.ts';
import type { ApiModule } from './openapi.ts';

export const apiIndexSchema = z
	.object({
		name: z.string(),
		version: z.string(),
		links: z.object({ self: z.string(), openapi: z.string(), health: z.string() })
	})
	.meta({ id: 'ApiIndex' });

export type ApiIndex = z.infer<typeof apiIndexSchema>;

/** The operations of the platform itself: health, index and this description. */
export const platformApi: ApiModule = {
	name: 'platform',
	description: 'Health, API index and this description',
	operations: [
		{
			method: 'get',
			path: '/health',
			operationId: 'getHealth',
			summary: 'Whether the server and its database work (no login needed)',
			response: { description: 'Everything works', schema: healthSchema },
			otherResponses: { 503: { description: 'The database does not answer', schema: healthSchema } },
			problems: []
		},
		{
			method: 'get',
			path: '/api/v1',
			operationId: 'getApiIndex',
			summary: 'Name, version and links of this API',
			response: { description: 'The index', schema: apiIndexSchema }
		},
		{
			method: 'get',
			path: '/api/v1/openapi.json',
			operationId: 'getOpenApiDocument',
			summary: 'This OpenAPI 3.1 description',
			response: { description: 'The OpenAPI document', schema: z.looseObject({}) }
		}
	]
};
