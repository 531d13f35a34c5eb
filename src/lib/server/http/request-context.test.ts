import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { logToStderr, logToStream } from '../log.ts';
import { buildRequestEvent } from './build-test-event.ts';
import { handleRequestContext } from './request-context.ts';

const lines: Record<string, unknown>[] = [];
logToStream(
	new Writable({
		write(chunk, _encoding, done) {
			lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
			done();
		}
	})
);
afterAll(() => logToStderr());

async function run(url: string, headers: Record<string, string> = {}, status = 200) {
	const event = buildRequestEvent(url, { headers, method: 'POST' });
	const response = await handleRequestContext({ event, resolve: async () => new Response('ok', { status }) });
	return { event, response };
}

describe('handleRequestContext', () => {
	it('gives the request an id, echoes it, and puts a logger on locals', async () => {
		const { event, response } = await run('http://localhost/kennis');
		expect(event.locals.requestId).toMatch(/^[0-9a-f-]{36}$/);
		expect(response.headers.get('x-request-id')).toBe(event.locals.requestId);
		expect(typeof event.locals.log.info).toBe('function');
	});

	it('keeps a sane incoming X-Request-Id and replaces an unsafe one', async () => {
		expect((await run('http://localhost/', { 'x-request-id': 'proxy-123.abc' })).event.locals.requestId).toBe(
			'proxy-123.abc'
		);
		const unsafe = (await run('http://localhost/', { 'x-request-id': 'a b<script>' })).event.locals.requestId;
		expect(unsafe).not.toContain('<');
	});

	it('logs one line per request with method, path, status, duration and request id', async () => {
		lines.length = 0;
		const { event } = await run('http://localhost/api/v1/nope?x=1', {}, 404);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatchObject({
			method: 'POST',
			path: '/api/v1/nope',
			status: 404,
			requestId: event.locals.requestId,
			level: 'info'
		});
		expect(typeof lines[0]!.ms).toBe('number');
	});
});
