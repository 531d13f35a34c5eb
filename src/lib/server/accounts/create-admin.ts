import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb, schema } from '../db/index.ts';
import { isAppError } from '../errors.ts';
import { systemActor } from './actor.ts';
import { createUser } from './create-user.ts';
import { setUserRole } from './set-user-role.ts';

export interface CreateAdminResult {
	id: string;
	email: string;
	role: 'admin';
	/** false when the account existed and was only made admin (its password is left alone). */
	created: boolean;
	/** Only when generated here: shown once, never stored in clear. */
	generatedPassword?: string;
}

/** Creates a verified admin account, or makes the existing account with that e-mail admin. */
export async function createAdmin(input: { email?: unknown; name?: unknown; password?: unknown }): Promise<CreateAdminResult> {
	const generatedPassword = input.password === undefined ? randomBytes(15).toString('base64url') : undefined;
	try {
		const { id } = await createUser({
			email: input.email as string,
			name: input.name as string,
			password: (generatedPassword ?? input.password) as string,
			role: 'admin',
			emailVerified: true
		});
		const email = String(input.email).trim().toLowerCase();
		return { id, email, role: 'admin', created: true, ...(generatedPassword ? { generatedPassword } : {}) };
	} catch (error) {
		if (!isAppError(error) || error.code !== 'conflict') throw error;
	}
	// The e-mail exists: createUser validated it and stores it trimmed and lower-cased.
	const email = String(input.email).trim().toLowerCase();
	const [user] = await getDb().select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.email, email));
	if (!user) throw new Error(`user ${email} exists but was not found`);
	await setUserRole(systemActor, { userId: user.id, role: 'admin' });
	return { id: user.id, email, role: 'admin', created: false };
}
