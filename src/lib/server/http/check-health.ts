import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Database } from '../db/index.ts';

export const healthSchema = z
	.object({
		status: z.enum(['ok', 'unavailable']),
		database: z.enum(['ok', 'unavailable'])
	})
	.meta({ id: 'Health' });

export type Health = z.infer<typeof healthSchema>;

// A health check that hangs is as useless as one that fails: answer within this time.
const TIMEOUT_MS = 3000;

/** Whether the server can do its work: the database answers `select 1`. */
export async function checkHealth(db: Database = getDb(), timeoutMs = TIMEOUT_MS): Promise<Health> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error('database health check timed out')), timeoutMs);
	});
	try {
		await Promise.race([db.execute(sql`select 1`), timeout]);
		return { status: 'ok', database: 'ok' };
	} catch {
		return { status: 'unavailable', database: 'unavailable' };
	} finally {
		clearTimeout(timer);
	}
}
