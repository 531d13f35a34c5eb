import { closeDatabase, migrateDatabase } from '../lib/server/db/index.ts';

/**
 * Runs a command's work on the database DATABASE_URL names, migrated first (idempotent), and
 * closes it afterwards so the process can exit. Only commands that need a database import this.
 */
export async function withDatabase<T>(work: () => Promise<T>): Promise<T> {
	try {
		await migrateDatabase();
		return await work();
	} finally {
		await closeDatabase();
	}
}
