import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Scheduled work (reminders, clean-ups), stored so that it survives a restart. Instances claim due
 * rows with FOR UPDATE SKIP LOCKED, so a job runs in one instance only (see src/lib/server/jobs).
 */
export const job = pgTable(
	'job',
	{
		id: text().primaryKey(),
		/** Which handler runs it, `<module>.<what>` (src/lib/server/jobs/job-kinds.ts). */
		kind: text().notNull(),
		/** Optional identity: at most one pending job per kind and key (scheduling again moves it). */
		key: text(),
		payload: jsonb().$type<Record<string, unknown>>().notNull(),
		runAt: timestamp({ withTimezone: true }).notNull(),
		/** pending → running → done; back to pending for a retry; failed after the last attempt. */
		status: text({ enum: ['pending', 'running', 'done', 'failed'] }).notNull().default('pending'),
		attempts: integer().notNull().default(0),
		/** While running: when another instance may take the job over (its runner died). */
		lockedUntil: timestamp({ withTimezone: true }),
		lastError: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp({ withTimezone: true })
	},
	(t) => [
		uniqueIndex('job_pending_key_idx')
			.on(t.kind, t.key)
			.where(sql`status = 'pending' and key is not null`),
		index('job_due_idx').on(t.status, t.runAt)
	]
);
