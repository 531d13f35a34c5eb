import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { idField } from './account-fields.ts';
import { assertPlatformAdmin, type Actor } from './actor.ts';

const setUserBlockedSchema = z.object({ userId: idField, blocked: z.boolean() });

/**
 * Platform admins: blocks a user (better-auth's admin "ban": no login, their sessions end at once)
 * or unblocks them.
 */
export async function setUserBlocked(actor: Actor, input: { userId: string; blocked: boolean }): Promise<void> {
	assertPlatformAdmin(actor);
	const data = parseInput(setUserBlockedSchema, input);
	if (data.userId === actor.id) throw new AppError('forbidden', m.auth.errors.ownBlock);
	await getDb().transaction(async (tx) => {
		const updated = await tx
			.update(schema.user)
			.set({ banned: data.blocked, banReason: null, banExpires: null })
			.where(eq(schema.user.id, data.userId))
			.returning({ id: schema.user.id });
		if (updated.length === 0) throw new AppError('not-found', m.auth.errors.userNotFound);
		if (data.blocked) await tx.delete(schema.session).where(eq(schema.session.userId, data.userId));
	});
}
