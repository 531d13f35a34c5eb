import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildActor } from '../../../../../tests/reference/register-factories.ts';
import { createActiveParticipant } from '../../../../../tests/factories/netwerk.ts';
import { getDb, schema } from '../../db/index.ts';
import { createMeeting } from './create-meeting.ts';
import { registerForMeeting } from './register-for-meeting.ts';
import { reminderJobKind } from './seat-changes.ts';

// Two app instances on one PostgreSQL must send each reminder exactly once. PGlite is one process
// by design, so this runs only with TEST_DATABASE_URL (npm run test:pg).
const onPostgres = process.env.TEST_DATABASE_URL?.startsWith('postgres') ?? false;

/** Starts one worker process (reminder-worker.ts) on this file's database; resolves with its output. */
function startWorker(env: Record<string, string>): Promise<string> {
	const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
	return new Promise((resolve, reject) => {
		const child = spawn(tsx, [join(import.meta.dirname, 'reminder-worker.ts')], {
			env: { ...process.env, SMTP_URL: '', ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk) => (out += chunk));
		child.stderr.on('data', (chunk) => (err += chunk));
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`worker exited ${code}: ${err}`))));
	});
}

describe.skipIf(!onPostgres)('meeting reminders with two instances on one PostgreSQL', () => {
	it('sends exactly one mail per registration', { timeout: 120_000 }, async () => {
		const coordinator = await buildActor('coordinator');
		const registrationNow = new Date('2026-03-01T09:00:00Z');
		const meetings = [
			await createMeeting(coordinator, { title: 'Eerste', theme: 'team', date: '2026-03-10', startTime: '13:30', endTime: '16:00', location: 'Utrecht', capacity: 50 }),
			await createMeeting(coordinator, { title: 'Tweede', theme: 'onderwijs', date: '2026-03-11', startTime: '10:00', endTime: '12:00', location: 'Zwolle', capacity: 50 })
		];
		const n = 16;
		const registrationIds: string[] = [];
		const emails: string[] = [];
		for (let i = 0; i < n; i++) {
			const person = await createActiveParticipant();
			const meeting = meetings[i % 2]!;
			registrationIds.push((await registerForMeeting(person.actor, { meetingId: meeting.id, now: registrationNow })).registrationId);
			emails.push(person.participant.email);
		}
		const pending = await getDb()
			.select()
			.from(schema.job)
			.where(and(eq(schema.job.kind, reminderJobKind), eq(schema.job.status, 'pending')));
		expect(pending).toHaveLength(n);

		// Both reminders are due at this moment (two days before 10 and 11 March), neither meeting has started.
		const env = {
			DATABASE_URL: process.env.DATABASE_URL!,
			WORKER_NOW: '2026-03-09T12:00:00.000Z',
			REGISTRATION_IDS: registrationIds.join(',')
		};
		const outputs = await Promise.all([startWorker(env), startWorker(env)]);
		const ran = outputs.map((o) => (JSON.parse(o) as { ran: number }).ran);
		// Every job ran in exactly one of the two instances.
		expect(ran[0]! + ran[1]!).toBe(n);

		const mails = await getDb().select().from(schema.mailOutbox).where(inArray(schema.mailOutbox.to, emails));
		expect(mails).toHaveLength(n);
		expect(new Set(mails.map((m) => m.to)).size).toBe(n);
		const done = await getDb().select().from(schema.job).where(eq(schema.job.kind, reminderJobKind));
		expect(done.every((job) => job.status === 'done')).toBe(true);
	});
});
