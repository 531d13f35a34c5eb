import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { handleError } from '../../../hooks.server.ts';
import { logToStderr, logToStream } from '../log.ts';
import { buildRequestEvent } from './build-test-event.ts';

const lines: Record<string, unknown>[] = [];
logToStream(new Writable({ write: (chunk, _e, done) => (lines.push(JSON.parse(String(chunk))), done()) }));
afterAll(() => logToStderr());

describe('handleError (hooks.server.ts)', () => {
	it('logs an unexpected error with the request id and shows a Dutch message with that id', async () => {
		const event = buildRequestEvent('http://localhost/register', { locals: { requestId: 'req-42' } });
		const shown = await handleError({ error: new Error('kapot'), event, status: 500, message: 'Internal Error' });
		expect(shown).toEqual({ message: expect.stringMatching(/Er ging iets mis/), requestId: 'req-42' });
		expect(lines).toEqual([expect.objectContaining({ level: 'error', status: 500, path: '/register', requestId: 'req-42' })]);
		expect(JSON.stringify(lines[0])).toContain('kapot');
	});

	it('answers an unknown page with "Pagina niet gevonden" without logging an error', async () => {
		lines.length = 0;
		const event = buildRequestEvent('http://localhost/bestaat-niet');
		const shown = await handleError({ error: new Error('Not found'), event, status: 404, message: 'Not Found' });
		expect(shown).toMatchObject({ message: 'Pagina niet gevonden' });
		expect(lines).toEqual([]);
	});
});
