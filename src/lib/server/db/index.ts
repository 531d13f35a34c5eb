import { env } from '../env.ts';
import { openDatabase, type Database, type DatabaseHandle } from './client.ts';

export type { Database } from './client.ts';
export * as schema from './schema/index.ts';

let handle: DatabaseHandle | undefined;

/** The process-wide database handle, opened on first use from DATABASE_URL. */
export function databaseHandle(): DatabaseHandle {
	handle ??= openDatabase(env().DATABASE_URL);
	return handle;
}

/** Makes this handle the process-wide database (tests open theirs from a migrated template). */
export function useDatabase(next: DatabaseHandle): void {
	handle = next;
}

/** The one Drizzle client of this process. */
export function getDb(): Database {
	return databaseHandle().db;
}

/** Runs pending migrations (idempotent; safe with several instances on one PostgreSQL). */
export async function migrateDatabase(): Promise<void> {
	await databaseHandle().migrate();
}

/** Closes the process-wide database (CLI commands and tests call this when done). */
export async function closeDatabase(): Promise<void> {
	const current = handle;
	handle = undefined;
	await current?.close();
}
