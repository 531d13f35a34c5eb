import { error as kitError } from '@sveltejs/kit';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { PROBLEM_CONTENT_TYPE, problemOf, problemResponse, problemSchema } from './problem.ts';

const context = { instance: '/api/v1/x', requestId: 'req-1' };

function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (error) {
		return error;
	}
	throw new Error('did not throw');
}

describe('problemOf', () => {
	it('maps invalid input to 400 with one Dutch message per field', () => {
		const { problem, isUnexpected } = problemOf(
			new AppError('invalid-input', 'De invoer is niet geldig.', [
				{ path: 'places', message: 'Vul een getal in.' }
			]),
			context
		);
		expect(isUnexpected).toBe(false);
		expect(problem).toEqual({
			type: 'urn:kleinschalig:problem:invalid-input',
			title: 'Ongeldige invoer',
			status: 400,
			detail: 'De invoer is niet geldig.',
			instance: '/api/v1/x',
			requestId: 'req-1',
			errors: [{ path: 'places', message: 'Vul een getal in.' }]
		});
		expect(problemSchema.safeParse(problem).success).toBe(true);
	});

	it('maps every AppError code to its status', () => {
		const statuses = (['unauthenticated', 'forbidden', 'not-found', 'conflict', 'rate-limited'] as const).map(
			(code) => problemOf(new AppError(code, 'x'), context).problem.status
		);
		expect(statuses).toEqual([401, 403, 404, 409, 429]);
	});

	it('treats a stray ZodError as invalid input', () => {
		const result = z.object({ places: z.number() }).safeParse({ places: 'vier' });
		const { problem } = problemOf(result.error, context);
		expect(problem.status).toBe(400);
		expect(problem.errors?.map((e) => e.path)).toEqual(['places']);
	});

	it('keeps the status of a SvelteKit 4xx error', () => {
		const { problem } = problemOf(
			thrown(() => kitError(403, 'Geen toegang tot dit huis.')),
			context
		);
		expect(problem).toMatchObject({ status: 403, detail: 'Geen toegang tot dit huis.' });
	});

	it('hides unknown errors behind a Dutch message with the request id, and flags them for the log', () => {
		const { problem, isUnexpected } = problemOf(new TypeError('secret internals'), context);
		expect(isUnexpected).toBe(true);
		expect(problem.status).toBe(500);
		expect(problem.detail).toContain('req-1');
		expect(JSON.stringify(problem)).not.toContain('secret internals');
	});
});

describe('problemResponse', () => {
	it('is application/problem+json with the problem status', async () => {
		const { problem } = problemOf(new AppError('not-found', 'Dit huis bestaat niet.'), context);
		const response = problemResponse(problem);
		expect(response.status).toBe(404);
		expect(response.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
		expect(await response.json()).toEqual(problem);
	});
});
