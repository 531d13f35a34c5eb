import { z } from 'zod';
import { PROBLEM_CONTENT_TYPE, problemSchema } from './problem.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** JSON Schema as it appears in the OpenAPI document. */
export type JsonSchema = { [key: string]: unknown };

export interface ApiParameter {
	name: string;
	in: 'path' | 'query';
	description: string;
	required?: boolean;
	schema: z.ZodType;
}

/** One documented endpoint. Schemas are the same zod schemas the module validates with. */
export interface ApiOperation {
	method: HttpMethod;
	/** OpenAPI path template, e.g. "/api/v1/definition-check" or "/api/v1/homes/{id}". */
	path: string;
	operationId: string;
	summary: string;
	description?: string;
	tags?: string[];
	parameters?: ApiParameter[];
	/** JSON request body, documented as the schema's input type. */
	requestBody?: z.ZodType;
	response: {
		status?: number;
		description: string;
		/** JSON response body, documented as the schema's output type. */
		schema?: z.ZodType;
		/** Another media type than JSON (then `schema` describes it, e.g. a string). */
		contentType?: string;
	};
	/** Further non-problem answers, e.g. 503 of /health. */
	otherResponses?: Record<number, { description: string; schema?: z.ZodType }>;
	/** HTTP statuses of the problems this operation answers with besides 500 (400 is implied by a body). */
	problems?: number[];
	/** Whether a signed-in session (cookie) is required. */
	requiresLogin?: boolean;
}

/** What one module contributes to the API description. */
export interface ApiModule {
	/** Tag name, e.g. "register". */
	name: string;
	description: string;
	operations: ApiOperation[];
}

export interface OpenApiDocument {
	openapi: string;
	info: { title: string; version: string; description?: string };
	servers?: { url: string }[];
	tags: { name: string; description: string }[];
	paths: Record<string, Record<string, unknown>>;
	components: {
		schemas: Record<string, JsonSchema>;
		responses: Record<string, unknown>;
		securitySchemes: Record<string, unknown>;
	};
}

const problemDescriptions: Record<number, string> = {
	400: 'Invalid input: one Dutch message per field in `errors`',
	401: 'Not signed in',
	403: 'Signed in without the required role',
	404: 'Not found',
	409: 'Conflicts with existing data',
	413: 'Request too large',
	415: 'The body is not JSON',
	429: 'Too many requests',
	500: 'Unexpected server error; quote `requestId` when asking for help'
};

/**
 * Collects component schemas: zod schemas named with `.meta({ id })` become
 * `#/components/schemas/<id>` wherever they occur, so shared shapes are described once.
 */
class SchemaCollector {
	readonly schemas: Record<string, JsonSchema> = {};

	/** The JSON Schema of a zod schema; its named parts are moved into the components. */
	convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
		const converted = z.toJSONSchema(schema, {
			io,
			target: 'draft-2020-12',
			unrepresentable: 'any'
		}) as JsonSchema;
		const defs = (converted.$defs ?? {}) as Record<string, JsonSchema>;
		delete converted.$defs;
		delete converted.$schema;
		// Decide the component name of every definition first, then rewrite the references.
		const names = new Map<string, string>();
		for (const [id, def] of Object.entries(defs)) names.set(id, this.nameFor(id, def, io));
		const rewrite = (value: unknown): unknown => {
			if (Array.isArray(value)) return value.map(rewrite);
			if (value && typeof value === 'object') {
				const out: JsonSchema = {};
				for (const [key, inner] of Object.entries(value)) {
					if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')) {
						const id = inner.slice('#/$defs/'.length);
						out[key] = `#/components/schemas/${names.get(id) ?? id}`;
					} else out[key] = rewrite(inner);
				}
				return out;
			}
			return value;
		};
		for (const [id, def] of Object.entries(defs))
			this.schemas[names.get(id) ?? id] = rewrite(def) as JsonSchema;
		return rewrite(converted) as JsonSchema;
	}

	// The input and output form of one schema can differ (defaults, transforms); keep both then.
	private nameFor(id: string, def: JsonSchema, io: 'input' | 'output'): string {
		const candidates = [id, `${id}${io === 'input' ? 'Input' : 'Output'}`];
		for (const name of candidates) {
			const existing = this.schemas[name];
			if (!existing || sameShape(existing, def)) return name;
		}
		return `${id}${io === 'input' ? 'Input' : 'Output'}${Object.keys(this.schemas).length}`;
	}
}

// Compares an already-collected component with a fresh definition, ignoring how refs are spelled.
function sameShape(existing: JsonSchema, fresh: JsonSchema): boolean {
	const normalise = (value: unknown): string =>
		JSON.stringify(value).replace(
			/"#\/(?:\$defs|components\/schemas)\/([A-Za-z0-9_.-]+?)(?:Input|Output)?"/g,
			'"$1"'
		);
	return normalise(existing) === normalise(fresh);
}

function problemResponseRef(status: number): { $ref: string } {
	return { $ref: `#/components/responses/Problem${status}` };
}

/** Builds the OpenAPI 3.1 document of the API from every module's operations. */
export function buildOpenApiDocument(
	modules: readonly ApiModule[],
	info: { title: string; version: string; description?: string }
): OpenApiDocument {
	const collector = new SchemaCollector();
	collector.convert(problemSchema, 'output');
	const usedProblems = new Set<number>([500]);
	const paths: OpenApiDocument['paths'] = {};

	for (const module of modules) {
		for (const operation of module.operations) {
			const problems = new Set([...(operation.problems ?? []), 500]);
			if (operation.requestBody) problems.add(400);
			if (operation.requiresLogin) problems.add(401);
			const status = operation.response.status ?? 200;
			const responses: Record<string, unknown> = {
				[String(status)]: {
					description: operation.response.description,
					...(operation.response.schema
						? {
								content: {
									[operation.response.contentType ?? 'application/json']: {
										schema: collector.convert(operation.response.schema, 'output')
									}
								}
							}
						: {})
				}
			};
			for (const [code, other] of Object.entries(operation.otherResponses ?? {})) {
				responses[code] = {
					description: other.description,
					...(other.schema
						? { content: { 'application/json': { schema: collector.convert(other.schema, 'output') } } }
						: {})
				};
			}
			for (const code of [...problems].sort((a, b) => a - b)) {
				usedProblems.add(code);
				responses[String(code)] = problemResponseRef(code);
			}
			const entry: Record<string, unknown> = {
				operationId: operation.operationId,
				summary: operation.summary,
				...(operation.description ? { description: operation.description } : {}),
				tags: operation.tags ?? [module.name],
				...(operation.parameters
					? {
							parameters: operation.parameters.map((p) => ({
								name: p.name,
								in: p.in,
								description: p.description,
								required: p.in === 'path' ? true : (p.required ?? false),
								schema: collector.convert(p.schema, 'input')
							}))
						}
					: {}),
				...(operation.requestBody
					? {
							requestBody: {
								required: true,
								content: { 'application/json': { schema: collector.convert(operation.requestBody, 'input') } }
							}
						}
					: {}),
				responses,
				...(operation.requiresLogin ? { security: [{ session: [] }] } : {})
			};
			paths[operation.path] ??= {};
			const pathItem = paths[operation.path]!;
			if (pathItem[operation.method]) {
				throw new Error(`OpenAPI: ${operation.method.toUpperCase()} ${operation.path} is registered twice`);
			}
			pathItem[operation.method] = entry;
		}
	}

	const responses: Record<string, unknown> = {};
	for (const code of [...usedProblems].sort((a, b) => a - b)) {
		responses[`Problem${code}`] = {
			description: problemDescriptions[code] ?? `Problem ${code}`,
			content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } }
		};
	}

	return {
		openapi: '3.1.1',
		info,
		tags: modules.map((module) => ({ name: module.name, description: module.description })),
		paths,
		components: {
			schemas: collector.schemas,
			responses,
			securitySchemes: {
				session: {
					type: 'apiKey',
					in: 'cookie',
					name: 'better-auth.session_token',
					description: 'The session cookie set by signing in (prefixed "__Secure-" over https)'
				}
			}
		}
	};
}
