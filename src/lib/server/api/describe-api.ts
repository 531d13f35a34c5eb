import { plannerApi } from '../planner/planner-api.ts';
import { platformApi, type ApiIndex } from './platform-api.ts';
import { buildOpenApiDocument, type ApiModule, type OpenApiDocument } from './openapi.ts';
import { appVersion } from './version.ts';
import { registerApi } from '../register/register-api.ts';
import { monitorApi } from '../monitor/monitor-api.ts';
import { searchApi } from '../kennis/search/search-api.ts';
import { kennisApi } from '../kennis/kennis-api.ts';
import { matchingEngineApi } from '../matching/engine/matching-engine-api.ts';

/**
 * Every module's part of the API description. A module with endpoints adds ONE line here:
 * its `ApiModule` (operations with the same zod schemas it validates with).
 */
export const apiModules: readonly ApiModule[] = [
	platformApi,
	registerApi,
	plannerApi,
	searchApi,
	kennisApi,
	monitorApi,
	matchingEngineApi
];

/** The small index at GET /api/v1. */
export function describeApiIndex(): ApiIndex {
	return {
		name: 'Kleinschalig API',
		version: appVersion(),
		links: { self: '/api/v1', openapi: '/api/v1/openapi.json', health: '/health' }
	};
}

let cached: OpenApiDocument | undefined;

/** The OpenAPI 3.1 document of the whole API (built once per process). */
export function describeApi(): OpenApiDocument {
	cached ??= buildOpenApiDocument(apiModules, {
		title: 'Kleinschalig API',
		version: appVersion(),
		description:
			'JSON API of Kleinschalig. Errors are RFC 9457 problem details (application/problem+json) ' +
			'with Dutch messages; invalid input gives 400 with one `{ path, message }` per field in `errors`.'
	});
	return cached;
}
