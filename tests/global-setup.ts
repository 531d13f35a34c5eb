/**
 * Vitest global setup (runs once per `vitest run`): migrates one in-memory PGlite and dumps its data
 * directory, so that every database test file starts from a copy instead of migrating its own
 * (PGlite runs migrations slowly; loading the dump takes a fraction of that).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { TestProject } from 'vitest/node';
import { migrationsFolder } from '../src/lib/server/db/client.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Path of the migrated PGlite data directory, dumped as a tar file ('' on PostgreSQL runs). */
		pgliteTemplate: string;
	}
}

export default async function setup(project: TestProject): Promise<() => void> {
	if (process.env.TEST_DATABASE_URL) {
		project.provide('pgliteTemplate', '');
		return () => {};
	}
	const client = new PGlite();
	await migrate(drizzle({ client }), { migrationsFolder: migrationsFolder() });
	const dump = await client.dumpDataDir('none');
	await client.close();
	const dir = mkdtempSync(join(tmpdir(), 'kleinschalig-template-'));
	const file = join(dir, 'pglite.tar');
	writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
	project.provide('pgliteTemplate', file);
	return () => rmSync(dir, { recursive: true, force: true });
}
