import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { getAuth } from '../auth/auth.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { emailField, nameField, passwordField, platformRoleField } from './account-fields.ts';
import type { PlatformRole } from './roles.ts';

const createUserSchema = z.object({
	name: nameField,
	email: emailField,
	password: passwordField,
	role: platformRoleField.default('user'),
	emailVerified: z.boolean().default(false)
});

export interface CreateUserInput {
	name: string;
	email: string;
	password: string;
	role?: PlatformRole;
	/** Default false: the user must confirm the address before logging in. */
	emailVerified?: boolean;
}

/** Creates an account with a password that better-auth accepts at login (CLI, seed, invitations). */
export async function createUser(input: CreateUserInput): Promise<{ id: string }> {
	const data = parseInput(createUserSchema, input);
	const db = getDb();
	const existing = await db.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.email, data.email));
	if (existing.length > 0) {
		throw new AppError('conflict', m.auth.errors.emailTaken, [{ path: 'email', message: m.auth.errors.emailTaken }]);
	}
	// better-auth's own hasher, so that its sign-in verifies the hash.
	const context = await (await getAuth()).$context;
	const hash = await context.password.hash(data.password);
	const id = randomUUID();
	await db.transaction(async (tx) => {
		await tx.insert(schema.user).values({
			id,
			name: data.name,
			email: data.email,
			emailVerified: data.emailVerified,
			role: data.role
		});
		// better-auth keeps the password on a 'credential' account whose accountId is the user id.
		await tx.insert(schema.account).values({
			id: randomUUID(),
			accountId: id,
			providerId: 'credential',
			userId: id,
			password: hash
		});
	});
	return { id };
}
