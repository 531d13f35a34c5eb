import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseHandle, getDb, schema } from '../db/index.ts';
import { logToStream } from '../log.ts';
import { cancelJob, nextCronRun, runDueJobs, scheduleJob, type JobKind } from './index.ts';

const t0 = new Date('2026-03-02T09:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

let calls: { kind: string; payload: Record<string, unknown>; now: Date }[];
// Failed jobs are logged: keep the lines to check them (and out of the test output).
const logLines: { msg: string; kind: string; giveUp: boolean }[] = [];
beforeAll(() => logToStream({ write: (line: string) => void logLines.push(JSON.parse(line)) }));
let failuresLeft: number;

const kinds: Record<string, JobKind> = {
	'test.record': { run: async (payload, { now }) => void calls.push({ kind: 'test.record', payload, now }) },
	'test.flaky': {
		run: async (payload, { now }) => {
			calls.push({ kind: 'test.flaky', payload, now });
			if (failuresLeft-- > 0) throw new Error('temporary');
		}
	}
};
const run = (now: Date, recurring: { kind: string; cron: string }[] = []) => runDueJobs({ now, kinds, recurring });
const jobRows = () => getDb().select().from(schema.job);

beforeEach(async () => {
	calls = [];
	failuresLeft = 0;
	await getDb().delete(schema.job);
});

describe('scheduled jobs', () => {
	it('runs a due job once with its payload, and not before it is due', async () => {
		await scheduleJob('test.record', { n: 1 }, { runAt: minutes(10) });
		expect(await run(minutes(5))).toEqual({ ran: 0, failed: 0 });
		expect(await run(minutes(10))).toEqual({ ran: 1, failed: 0 });
		expect(await run(minutes(20))).toEqual({ ran: 0, failed: 0 });
		expect(calls).toEqual([{ kind: 'test.record', payload: { n: 1 }, now: minutes(10) }]);
		const [row] = await jobRows();
		expect(row).toMatchObject({ status: 'done', attempts: 1 });
	});

	it('keeps one pending job per key: scheduling again moves it, cancelling removes it', async () => {
		await scheduleJob('test.record', { v: 1 }, { runAt: minutes(10), key: 'r1' });
		await scheduleJob('test.record', { v: 2 }, { runAt: minutes(30), key: 'r1' });
		await scheduleJob('test.record', { v: 3 }, { runAt: minutes(10), key: 'r2' });
		expect(await jobRows()).toHaveLength(2);
		await run(minutes(15));
		expect(calls.map((c) => c.payload)).toEqual([{ v: 3 }]);
		await run(minutes(30));
		expect(calls.map((c) => c.payload)).toEqual([{ v: 3 }, { v: 2 }]);

		await scheduleJob('test.record', { v: 4 }, { runAt: minutes(40), key: 'r1' });
		await cancelJob('test.record', 'r1');
		await run(minutes(60));
		expect(calls).toHaveLength(2);
	});

	it('retries a failing job later and gives up after five attempts', async () => {
		failuresLeft = 1;
		await scheduleJob('test.flaky', {}, { runAt: t0 });
		expect(await run(t0)).toEqual({ ran: 1, failed: 1 });
		expect(await run(t0)).toEqual({ ran: 0, failed: 0 }); // waits before the retry
		expect(await run(minutes(1))).toEqual({ ran: 1, failed: 0 });
		expect((await jobRows())[0]).toMatchObject({ status: 'done', attempts: 2, lastError: null });

		await getDb().delete(schema.job);
		failuresLeft = 100;
		await scheduleJob('test.flaky', {}, { runAt: t0 });
		for (let i = 0; i < 8; i++) await run(minutes(60 * (i + 1)));
		expect((await jobRows())[0]).toMatchObject({ status: 'failed', attempts: 5, lastError: 'temporary' });
		expect(logLines.filter((l) => l.kind === 'test.flaky' && l.giveUp)).toHaveLength(1);
	});

	it('records an unknown kind as a failure without stopping the others', async () => {
		await scheduleJob('test.unknown', {}, { runAt: t0 });
		await scheduleJob('test.record', { ok: true }, { runAt: t0 });
		expect(await run(t0)).toEqual({ ran: 2, failed: 1 });
		expect(calls).toHaveLength(1);
	});

	it('takes over a job whose runner died once its lease has run out', async () => {
		await scheduleJob('test.record', {}, { runAt: t0 });
		await getDb()
			.update(schema.job)
			.set({ status: 'running', attempts: 1, lockedUntil: minutes(10) });
		expect(await run(minutes(5))).toEqual({ ran: 0, failed: 0 });
		expect(await run(minutes(11))).toEqual({ ran: 1, failed: 0 });
	});

	it('keeps exactly one pending run of a recurring job, at its next cron moment in Dutch time', async () => {
		const recurring = [{ kind: 'test.record', cron: '15 3 * * *' }];
		await run(t0, recurring);
		await run(t0, recurring);
		let pending = (await jobRows()).filter((r) => r.status === 'pending');
		expect(pending).toHaveLength(1);
		// 03:15 in Amsterdam on 3 March (winter time, UTC+1) is 02:15 UTC.
		expect(pending.map((r) => r.runAt)).toEqual([new Date('2026-03-03T02:15:00Z')]);

		await run(new Date('2026-03-03T02:15:00Z'), recurring);
		expect(calls).toHaveLength(1);
		pending = (await jobRows()).filter((r) => r.status === 'pending');
		expect(pending.map((r) => r.runAt)).toEqual([new Date('2026-03-04T02:15:00Z')]);
	});

	it('follows summer time in cron schedules', () => {
		expect(nextCronRun('15 3 * * *', new Date('2026-07-01T12:00:00Z'))).toEqual(new Date('2026-07-02T01:15:00Z'));
	});
});

// Several instances on one PostgreSQL claim concurrently (each call uses its own pooled
// connection): every job must run exactly once. PGlite has a single connection, so the race
// cannot happen there.
describe.runIf(process.env.TEST_DATABASE_URL?.startsWith('postgres'))('scheduled jobs on PostgreSQL', () => {
	it('runs each job exactly once when several runners race', async () => {
		expect(databaseHandle().kind).toBe('postgres');
		for (let i = 0; i < 60; i++) await scheduleJob('test.record', { i }, { runAt: t0, key: `k${i}` });
		const results = await Promise.all(Array.from({ length: 4 }, () => runDueJobs({ now: t0, kinds, limit: 7, recurring: [] })));
		let ran = results.reduce((sum, r) => sum + r.ran, 0);
		while (ran < 60) ran += (await run(t0)).ran;
		expect(calls.map((c) => c.payload.i).sort((a, b) => Number(a) - Number(b))).toEqual(
			Array.from({ length: 60 }, (_, i) => i)
		);
		expect(await getDb().select().from(schema.job).where(eq(schema.job.status, 'done'))).toHaveLength(60);
	});
});
