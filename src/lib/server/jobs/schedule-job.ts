import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, schema } from '../db/index.ts';

/** When and under which identity a job runs. */
export interface ScheduleOptions {
	runAt: Date;
	/** At most one pending job per kind and key: scheduling the same key again moves that job. */
	key?: string;
}

/** Stores a job to run at `runAt` (or at the first tick after it) in exactly one instance. */
export async function scheduleJob(
	kind: string,
	payload: Record<string, unknown>,
	options: ScheduleOptions
): Promise<void> {
	const row = { id: randomUUID(), kind, key: options.key ?? null, payload, runAt: options.runAt };
	const insert = getDb().insert(schema.job).values(row);
	if (options.key === undefined) {
		await insert;
		return;
	}
	await insert.onConflictDoUpdate({
		target: [schema.job.kind, schema.job.key],
		targetWhere: sql`status = 'pending' and key is not null`,
		set: { payload, runAt: options.runAt, attempts: 0, lastError: null }
	});
}

/** Removes the pending job of this kind and key, if any (a running one finishes). */
export async function cancelJob(kind: string, key: string): Promise<void> {
	await getDb()
		.delete(schema.job)
		.where(and(eq(schema.job.kind, kind), eq(schema.job.key, key), eq(schema.job.status, 'pending')));
}
