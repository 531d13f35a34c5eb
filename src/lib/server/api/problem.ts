import { isHttpError } from '@sveltejs/kit';
import { z } from 'zod';
import { format, m } from '../../i18n/nl.ts';
import { httpStatusOf, isAppError, type AppErrorCode, type FieldError } from '../errors.ts';
import { fieldErrorsOf } from '../validation.ts';

/** The media type of every error response of the API (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem `type` URIs: stable names, one per AppError code (plus a few HTTP-level ones). */
export function problemType(code: string): string {
	return `urn:kleinschalig:problem:${code}`;
}

export const fieldErrorSchema = z
	.object({
		path: z.string().meta({ description: 'Field path, segments joined by "/", e.g. "roster/0/start"' }),
		message: z.string().meta({ description: 'Dutch message for the user' })
	})
	.meta({ id: 'FieldError' });

export const problemSchema = z
	.object({
		type: z.string().meta({ description: 'URI naming the kind of problem' }),
		title: z.string().meta({ description: 'Short Dutch summary of the kind of problem' }),
		status: z.number().int().min(100).max(599),
		detail: z.string().meta({ description: 'Dutch explanation of this occurrence' }),
		instance: z.string().meta({ description: 'The request path' }),
		requestId: z.string().optional().meta({ description: 'Quote this id when asking for help' }),
		errors: z.array(fieldErrorSchema).optional().meta({ description: 'One entry per invalid field' })
	})
	.meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export type Problem = z.infer<typeof problemSchema>;

const knownCodes = Object.keys(httpStatusOf) as AppErrorCode[];

function codeOfStatus(status: number): AppErrorCode {
	return (
		knownCodes.find((code) => httpStatusOf[code] === status) ?? (status >= 500 ? 'internal' : 'invalid-input')
	);
}

/**
 * Turns anything thrown by a module function into a problem: AppError keeps its code, message and
 * field errors; a stray ZodError is invalid input; everything else is an internal error whose
 * details stay in the log (`isUnexpected` tells the caller to log it).
 */
export function problemOf(
	error: unknown,
	context: { instance: string; requestId?: string }
): { problem: Problem; isUnexpected: boolean } {
	const base = { instance: context.instance, requestId: context.requestId };
	if (isAppError(error)) {
		const problem: Problem = {
			type: problemType(error.code),
			title: m.platform.problemTitles[error.code],
			status: httpStatusOf[error.code],
			detail: error.message,
			...base
		};
		if (error.fieldErrors.length > 0 || error.code === 'invalid-input') problem.errors = error.fieldErrors;
		return { problem, isUnexpected: error.code === 'internal' };
	}
	if (error instanceof z.ZodError) {
		return {
			problem: {
				type: problemType('invalid-input'),
				title: m.platform.problemTitles['invalid-input'],
				status: 400,
				detail: 'De invoer is niet geldig.',
				...base,
				errors: fieldErrorsOf(error)
			},
			isUnexpected: false
		};
	}
	if (isHttpError(error) && error.status < 500) {
		const code = codeOfStatus(error.status);
		return {
			problem: {
				type: problemType(code),
				title: m.platform.problemTitles[code],
				status: error.status,
				detail: error.body.message,
				...base
			},
			isUnexpected: false
		};
	}
	return {
		problem: {
			type: problemType('internal'),
			title: m.platform.problemTitles.internal,
			status: 500,
			detail: format(m.platform.api.internalDetail, { requestId: context.requestId ?? '-' }),
			...base
		},
		isUnexpected: true
	};
}

/** Builds a problem directly (for conditions found by the HTTP layer itself). */
export function makeProblem(
	code: string,
	status: number,
	title: string,
	detail: string,
	context: { instance: string; requestId?: string },
	errors?: FieldError[]
): Problem {
	return { type: problemType(code), title, status, detail, ...context, ...(errors ? { errors } : {}) };
}

/** An application/problem+json response for a problem. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(problem), {
		status: problem.status,
		headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store', ...headers }
	});
}
