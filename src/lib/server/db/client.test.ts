import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { describeDatabaseUrl } from './client.ts';
import { getDb, migrateDatabase, schema } from './index.ts';

describe('describeDatabaseUrl', () => {
	it('follows contracts.md: unset, pglite:memory, pglite:DIR and postgres://', () => {
		expect(describeDatabaseUrl(undefined)).toEqual({ kind: 'pglite', target: expect.stringMatching(/data\/pglite$/) });
		expect(describeDatabaseUrl('pglite:memory')).toEqual({ kind: 'pglite', target: 'memory' });
		expect(describeDatabaseUrl('pglite:/tmp/x')).toEqual({ kind: 'pglite', target: '/tmp/x' });
		expect(describeDatabaseUrl('postgres://u@h/db')).toEqual({ kind: 'postgres', target: 'postgres://u@h/db' });
	});
});

describe('the test database', () => {
	it('is migrated, writable, and migrating again changes nothing', async () => {
		const db = getDb();
		await db.insert(schema.appSetting).values({ key: 'probe', value: 'een' });
		await migrateDatabase();
		const rows = await db.select().from(schema.appSetting).where(eq(schema.appSetting.key, 'probe'));
		expect(rows.map((r) => r.value)).toEqual(['een']);
	});
});
