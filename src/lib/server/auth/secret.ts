import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb, schema } from '../db/index.ts';
import { env } from '../env.ts';

const SECRET_KEY = 'auth_secret';

/**
 * The secret that signs session cookies and tokens: BETTER_AUTH_SECRET when set, otherwise one
 * generated on first start and kept in app_setting, so restarts and several instances agree.
 */
export async function loadAuthSecret(): Promise<string> {
	const configured = env().BETTER_AUTH_SECRET;
	if (configured) return configured;
	const db = getDb();
	// Insert-if-absent then read back: when two instances start at once, both read the winner.
	await db
		.insert(schema.appSetting)
		.values({ key: SECRET_KEY, value: randomBytes(32).toString('base64url') })
		.onConflictDoNothing();
	const [row] = await db.select().from(schema.appSetting).where(eq(schema.appSetting.key, SECRET_KEY));
	if (!row) throw new Error('app_setting auth_secret could not be stored');
	return row.value;
}
