import { afterAll, describe, expect, it } from 'vitest';
import { GET } from '../../../routes/health/+server.ts';
import { openDatabase } from '../db/client.ts';
import { closeDatabase } from '../db/index.ts';
import { resetEnv } from '../env.ts';
import { buildRequestEvent } from './build-test-event.ts';
import { checkHealth } from './check-health.ts';

// Nothing listens on port 1: every connection is refused at once.
const UNREACHABLE = 'postgres://nobody@127.0.0.1:1/none';

describe('checkHealth', () => {
	it('is ok when the database answers', async () => {
		expect(await checkHealth()).toEqual({ status: 'ok', database: 'ok' });
	});

	it('is unavailable when the database does not answer', async () => {
		const broken = openDatabase(UNREACHABLE);
		try {
			expect(await checkHealth(broken.db, 2000)).toEqual({ status: 'unavailable', database: 'unavailable' });
		} finally {
			await broken.close();
		}
	});
});

describe('GET /health', () => {
	const originalUrl = process.env.DATABASE_URL;
	afterAll(async () => {
		await closeDatabase();
		process.env.DATABASE_URL = originalUrl;
		resetEnv();
	});

	it('answers 200 with JSON, uncached', async () => {
		const response = await GET(buildRequestEvent('http://localhost/health'));
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
	});

	it('answers 503 when the database is gone', async () => {
		await closeDatabase();
		process.env.DATABASE_URL = UNREACHABLE;
		resetEnv();
		const response = await GET(buildRequestEvent('http://localhost/health'));
		expect(response.status).toBe(503);
		expect(await response.json()).toEqual({ status: 'unavailable', database: 'unavailable' });
	});
});
