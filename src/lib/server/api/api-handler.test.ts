import { Writable } from 'node:stream';
import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { buildRequestEvent } from '../http/build-test-event.ts';
import { logToStderr, logToStream } from '../log.ts';
import { parseInput } from '../validation.ts';
import { apiHandler } from './api-handler.ts';

const logged: string[] = [];
logToStream(new Writable({ write: (chunk, _e, done) => (logged.push(String(chunk)), done()) }));
afterAll(() => logToStderr());

// A stand-in module function with the usual shape: validate at the boundary, compute, return.
const doubleSchema = z.object({ value: z.number('Vul een getal in.') });
function double(input: unknown): { result: number } {
	return { result: parseInput(doubleSchema, input).value * 2 };
}

const post = apiHandler(({ body }) => double(body));

function call(handler: typeof post, body: string | undefined, headers: Record<string, string> = {}) {
	return handler(
		buildRequestEvent('http://localhost/api/v1/double', {
			method: 'POST',
			body,
			headers: { 'content-type': 'application/json', ...headers }
		})
	);
}

describe('apiHandler', () => {
	it('passes the parsed JSON body to the module function and answers its result as JSON', async () => {
		const response = await call(post, '{"value": 21}');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('application/json');
		expect(await response.json()).toEqual({ result: 42 });
	});

	it('answers invalid input with a 400 problem naming the field in Dutch', async () => {
		const response = await call(post, '{"value": "veel"}');
		expect(response.status).toBe(400);
		expect(response.headers.get('content-type')).toBe('application/problem+json');
		const problem = await response.json();
		expect(problem).toMatchObject({ status: 400, instance: '/api/v1/double', requestId: 'test-request' });
		expect(problem.errors).toEqual([{ path: 'value', message: 'Vul een getal in.' }]);
	});

	it('answers malformed JSON with a Dutch 400 problem instead of crashing', async () => {
		const response = await call(post, '{"value": ');
		expect(response.status).toBe(400);
		const problem = await response.json();
		expect(problem.detail).toBe('De inhoud is geen geldige JSON.');
		expect(problem.errors).toHaveLength(1);
	});

	it('refuses bodies that are not JSON with 415', async () => {
		const response = await call(post, 'value=21', { 'content-type': 'application/x-www-form-urlencoded' });
		expect(response.status).toBe(415);
		expect((await response.json()).title).toBe('Verkeerd gegevensformaat');
	});

	it('gives the module function no body for an empty request', async () => {
		const seen: unknown[] = [];
		const handler = apiHandler(({ body }) => (seen.push(body), { ok: true }));
		await call(handler, undefined);
		expect(seen).toEqual([undefined]);
	});

	it('maps AppError codes and uses the configured status and 204 for nothing', async () => {
		const missing = apiHandler(() => {
			throw new AppError('not-found', 'Dit huis bestaat niet.');
		});
		expect((await call(missing, undefined)).status).toBe(404);
		expect(
			(
				await call(
					apiHandler(() => ({ id: 'x' }), { status: 201 }),
					undefined
				)
			).status
		).toBe(201);
		expect(
			(
				await call(
					apiHandler(() => undefined),
					undefined
				)
			).status
		).toBe(204);
		const csv = new Response('a;b', { headers: { 'content-type': 'text/csv' } });
		expect(
			await (
				await call(
					apiHandler(() => csv),
					undefined
				)
			).text()
		).toBe('a;b');
	});

	it('logs unexpected errors but keeps their details out of the answer', async () => {
		logged.length = 0;
		const broken = apiHandler(() => {
			throw new Error('database on fire');
		});
		const response = await call(broken, undefined);
		expect(response.status).toBe(500);
		expect(await response.text()).not.toContain('database on fire');
		expect(logged.join('')).toContain('database on fire');
	});
});
