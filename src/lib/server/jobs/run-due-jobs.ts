import { and, asc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import { getDb, schema } from '../db/index.ts';
import { getLogger } from '../log.ts';
import { jobKinds as registeredKinds, recurringJobs as registeredRecurring, type JobKind } from './job-kinds.ts';
import { ensureRecurringJobs, recurringKey } from './recurring-jobs.ts';

/** A claimed job may run this long before another instance assumes its runner died. */
const leaseMs = 10 * 60_000;
/** After this many failed attempts a job stays `failed` (and is logged) instead of retrying. */
const maxAttempts = 5;

export interface RunDueJobsOptions {
	/** The moment treated as now (tests); defaults to the clock. */
	now?: Date;
	/** Most jobs claimed in one call. */
	limit?: number;
	/** Handlers and recurring schedules (tests pass their own; default: job-kinds.ts). */
	kinds?: Record<string, JobKind>;
	recurring?: readonly { kind: string; cron: string }[];
}

/** Minutes to wait before retry `attempt` (1, 4, 9, … minutes). */
const retryDelayMs = (attempt: number) => attempt * attempt * 60_000;

/**
 * Claims every due job (FOR UPDATE SKIP LOCKED: two instances never claim the same row) and runs
 * each handler once; a failure is retried later with a growing delay. Recurring kinds get their
 * next run scheduled. Returns how many ran and how many failed this time.
 */
export async function runDueJobs(options: RunDueJobsOptions = {}): Promise<{ ran: number; failed: number }> {
	const now = options.now ?? new Date();
	const kinds = options.kinds ?? registeredKinds;
	const recurring = options.recurring ?? registeredRecurring;
	const db = getDb();
	const { job } = schema;

	await ensureRecurringJobs(recurring, now);

	const due = db
		.select({ id: job.id })
		.from(job)
		.where(
			or(
				and(eq(job.status, 'pending'), lte(job.runAt, now)),
				and(eq(job.status, 'running'), lt(job.lockedUntil, now))
			)
		)
		.orderBy(asc(job.runAt))
		.limit(options.limit ?? 100)
		.for('update', { skipLocked: true });
	const claimed = await db
		.update(job)
		.set({
			status: 'running',
			attempts: sql`${job.attempts} + 1`,
			lockedUntil: new Date(now.getTime() + leaseMs)
		})
		.where(inArray(job.id, due))
		.returning();

	let failed = 0;
	for (const row of claimed.sort((a, b) => a.runAt.getTime() - b.runAt.getTime())) {
		try {
			const kind = kinds[row.kind];
			if (!kind) throw new Error(`unknown job kind "${row.kind}"`);
			await kind.run(row.payload, { now });
			await db
				.update(job)
				.set({ status: 'done', finishedAt: new Date(), lockedUntil: null, lastError: null })
				.where(eq(job.id, row.id));
		} catch (error) {
			failed += 1;
			const message = error instanceof Error ? error.message : String(error);
			const giveUp = row.attempts >= maxAttempts;
			getLogger().error({ err: error, job: row.id, kind: row.kind, attempt: row.attempts, giveUp }, 'job failed');
			await db
				.update(job)
				.set(
					giveUp
						? { status: 'failed', finishedAt: new Date(), lockedUntil: null, lastError: message }
						: {
								status: 'pending',
								runAt: new Date(now.getTime() + retryDelayMs(row.attempts)),
								lockedUntil: null,
								lastError: message
							}
				)
				.where(eq(job.id, row.id));
		}
		// A recurring job that ran (or gave up) makes room for its next pending run.
		if (row.key === recurringKey) await ensureRecurringJobs(recurring.filter((r) => r.kind === row.kind), now);
	}
	return { ran: claimed.length, failed };
}
