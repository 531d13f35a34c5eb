/**
 * Vitest setup, run once per test file before it is imported: gives the file its own clean,
 * migrated database. Default: PGlite in memory, loaded from the template that tests/global-setup.ts
 * migrated once. With TEST_DATABASE_URL=postgres://… (CI), a fresh PostgreSQL database is created
 * for the file and dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { afterAll, beforeAll, inject } from 'vitest';
import { openDatabase } from '../src/lib/server/db/client.ts';
import { resetEnv } from '../src/lib/server/env.ts';
import { closeDatabase, migrateDatabase, useDatabase } from '../src/lib/server/db/index.ts';

const serverUrl = process.env.TEST_DATABASE_URL;
let dropName: string | undefined;

process.env.NODE_ENV = 'test';
process.env.SEED_DEMO = 'false';
process.env.RATE_LIMIT ??= 'off';
delete process.env.SMTP_URL;

if (serverUrl?.startsWith('postgres')) {
	dropName = `kt_${randomBytes(6).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${dropName}`);
	await admin.end();
	const url = new URL(serverUrl);
	url.pathname = `/${dropName}`;
	process.env.DATABASE_URL = url.toString();
	resetEnv();
} else {
	process.env.DATABASE_URL = 'pglite:memory';
	resetEnv();
	const template = readFileSync(inject('pgliteTemplate'));
	useDatabase(openDatabase('pglite:memory', { loadDataDir: new Blob([template]) }));
}

beforeAll(async () => {
	await migrateDatabase();
});

afterAll(async () => {
	await closeDatabase();
	if (dropName && serverUrl) {
		const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
		await admin.unsafe(`drop database if exists ${dropName} with (force)`);
		await admin.end();
	}
});
