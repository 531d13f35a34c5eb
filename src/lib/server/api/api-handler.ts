import { isRedirect, type RequestEvent, type RequestHandler } from '@sveltejs/kit';
import { m } from '../../i18n/nl.ts';
import { getLogger } from '../log.ts';
import { makeProblem, problemOf, problemResponse } from './problem.ts';

export interface ApiContext {
	event: RequestEvent;
	/** The parsed JSON body (undefined for GET/HEAD and empty bodies); validate it in the module. */
	body: unknown;
}

export interface ApiHandlerOptions {
	/** Status of a successful answer (default 200; 204 is used when the function returns nothing). */
	status?: number;
}

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

class BodyProblem extends Error {
	constructor(readonly response: Response) {
		super('body problem');
	}
}

async function readJsonBody(event: RequestEvent): Promise<unknown> {
	if (event.request.method === 'GET' || event.request.method === 'HEAD') return undefined;
	const text = await event.request.text();
	if (text.trim() === '') return undefined;
	const context = { instance: event.url.pathname, requestId: event.locals.requestId };
	const type = event.request.headers.get('content-type');
	// Only JSON is accepted, which also keeps cross-site HTML forms (no CORS preflight) out.
	if (type && !JSON_TYPE.test(type)) {
		const { unsupportedMediaTypeTitle, unsupportedMediaType } = m.platform.api;
		throw new BodyProblem(
			problemResponse(
				makeProblem('unsupported-media-type', 415, unsupportedMediaTypeTitle, unsupportedMediaType, context)
			)
		);
	}
	try {
		return JSON.parse(text) as unknown;
	} catch {
		const message = m.platform.api.invalidJson;
		throw new BodyProblem(
			problemResponse(
				makeProblem('invalid-input', 400, m.platform.problemTitles['invalid-input'], message, context, [
					{ path: '', message }
				])
			)
		);
	}
}

/**
 * Wraps one module function as a JSON endpoint: parses the body, calls `run`, answers with its
 * result as JSON (a returned Response passes through) and maps every error to a problem response.
 * Usage: `export const POST = apiHandler(({ body }) => checkFacility(body));`
 */
export function apiHandler(
	run: (context: ApiContext) => unknown,
	options: ApiHandlerOptions = {}
): RequestHandler {
	return async (event) => {
		try {
			const body = await readJsonBody(event);
			const result: unknown = await run({ event, body });
			if (result instanceof Response) return result;
			if (result === undefined) return new Response(null, { status: 204 });
			return new Response(JSON.stringify(result), {
				status: options.status ?? 200,
				headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }
			});
		} catch (error) {
			if (error instanceof BodyProblem) return error.response;
			if (isRedirect(error)) throw error;
			const { problem, isUnexpected } = problemOf(error, {
				instance: event.url.pathname,
				requestId: event.locals.requestId
			});
			if (isUnexpected) (event.locals.log ?? getLogger()).error({ err: error }, 'API request failed');
			return problemResponse(problem);
		}
	};
}
