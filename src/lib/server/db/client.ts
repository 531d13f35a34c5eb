import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import * as schema from './schema/index.ts';

/** The one Drizzle database type used everywhere, whichever engine is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
	db: Database;
	kind: DatabaseKind;
	/** Where the data lives, without credentials (for logs). */
	location: string;
	migrate(): Promise<void>;
	close(): Promise<void>;
}

/** Parses DATABASE_URL as contracts.md ("Where the data lives") describes it. */
export function describeDatabaseUrl(url: string | undefined): { kind: DatabaseKind; target: string } {
	if (!url) return { kind: 'pglite', target: resolve('data/pglite') };
	if (url === 'pglite:memory') return { kind: 'pglite', target: 'memory' };
	if (url.startsWith('pglite:')) return { kind: 'pglite', target: resolve(url.slice('pglite:'.length)) };
	return { kind: 'postgres', target: url };
}

/** The folder with the generated migrations, found from the package root (works bundled too). */
export function migrationsFolder(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const pkg = join(dir, 'package.json');
		if (existsSync(pkg) && existsSync(join(dir, 'drizzle'))) {
			const name = (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name;
			if (name === 'kleinschalig') return join(dir, 'drizzle');
		}
		const parent = dirname(dir);
		if (parent === dir) return resolve('drizzle');
		dir = parent;
	}
}

// An arbitrary constant: serialises migrations of several app instances on one PostgreSQL.
const MIGRATION_LOCK_ID = 724_101;

export interface OpenOptions {
	/** PGlite in memory only: start from this data directory dump (tests start from a migrated template). */
	loadDataDir?: Blob;
}

/** Opens the database that DATABASE_URL names (without migrating it). */
export function openDatabase(url: string | undefined, options: OpenOptions = {}): DatabaseHandle {
	const { kind, target } = describeDatabaseUrl(url);
	if (kind === 'pglite') {
		if (target !== 'memory') mkdirSync(target, { recursive: true });
		const client =
			target === 'memory' ? new PGlite({ loadDataDir: options.loadDataDir }) : new PGlite(target);
		const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Database;
		return {
			db,
			kind,
			location: target === 'memory' ? 'pglite:memory' : `pglite:${target}`,
			async migrate() {
				await migratePglite(db as never, { migrationsFolder: migrationsFolder() });
			},
			async close() {
				await client.close();
			}
		};
	}
	const client = postgres(target, { max: 10, onnotice: () => {} });
	const db = drizzlePostgres({ client, schema, casing: 'snake_case' }) as unknown as Database;
	const safe = new URL(target);
	safe.password = '';
	return {
		db,
		kind,
		location: safe.toString(),
		async migrate() {
			// One connection holds an advisory lock so that two instances never migrate at once.
			const lockClient = postgres(target, { max: 1, onnotice: () => {} });
			try {
				await lockClient`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
				await migratePostgres(drizzlePostgres({ client: lockClient }), {
					migrationsFolder: migrationsFolder()
				});
				await lockClient`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
			} finally {
				await lockClient.end();
			}
		},
		async close() {
			await client.end();
		}
	};
}
