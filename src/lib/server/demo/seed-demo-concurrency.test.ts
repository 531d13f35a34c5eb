import { describe, expect, it } from 'vitest';
import { databaseHandle, getDb, schema } from '../db/index.ts';
import { demoAccounts } from './demo-accounts.ts';
import { seedDemo } from './seed-demo.ts';

// Two app instances starting at once on one PostgreSQL: the advisory lock lets exactly one seed.
// (PGlite is owned by one process, so the race cannot happen there.)
describe.runIf(process.env.TEST_DATABASE_URL?.startsWith('postgres'))('seedDemo on PostgreSQL', () => {
	it('seeds exactly once when two starts race', async () => {
		expect(databaseHandle().kind).toBe('postgres');
		const results = await Promise.all([seedDemo(), seedDemo(), seedDemo()]);
		expect(results.filter((r) => r.seeded)).toHaveLength(1);
		expect(await getDb().select().from(schema.user)).toHaveLength(Object.keys(demoAccounts).length);
	});
});
