import { randomUUID } from 'node:crypto';
import { CronExpressionParser } from 'cron-parser';
import { getDb, schema } from '../db/index.ts';

/** Cron schedules are read in Dutch time, so "03:15" means 03:15 in Amsterdam all year. */
const timeZone = 'Europe/Amsterdam';

/** The key every recurring kind's single pending job carries. */
export const recurringKey = 'recurring';

/** The first moment after `after` that the cron expression names (Europe/Amsterdam). */
export function nextCronRun(cron: string, after: Date): Date {
	return CronExpressionParser.parse(cron, { currentDate: after, tz: timeZone }).next().toDate();
}

/**
 * Makes sure each recurring kind has a pending job: adds one at its next cron moment when there is
 * none. Concurrent instances are harmless: the unique pending key lets only one insert win.
 */
export async function ensureRecurringJobs(
	recurring: readonly { kind: string; cron: string }[],
	now: Date
): Promise<void> {
	if (recurring.length === 0) return;
	await getDb()
		.insert(schema.job)
		.values(
			recurring.map(({ kind, cron }) => ({
				id: randomUUID(),
				kind,
				key: recurringKey,
				payload: {},
				runAt: nextCronRun(cron, now)
			}))
		)
		.onConflictDoNothing();
}
