import { migrateDatabase } from './db/index.ts';

/** Everything the server does once before it takes requests: migrate (and later: seed). */
export async function startServer(): Promise<void> {
	await migrateDatabase();
}
