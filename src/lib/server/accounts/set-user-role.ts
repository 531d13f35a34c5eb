import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { idField, platformRoleField } from './account-fields.ts';
import { assertPlatformAdmin, type Actor } from './actor.ts';
import type { PlatformRole } from './roles.ts';

const setUserRoleSchema = z.object({ userId: idField, role: platformRoleField });

/** Platform admins: gives a user another platform role (not their own, so no admin locks themself out). */
export async function setUserRole(actor: Actor, input: { userId: string; role: PlatformRole | string }): Promise<void> {
	assertPlatformAdmin(actor);
	const data = parseInput(setUserRoleSchema, input);
	if (data.userId === actor.id) throw new AppError('forbidden', m.auth.errors.ownRole);
	const updated = await getDb()
		.update(schema.user)
		.set({ role: data.role })
		.where(eq(schema.user.id, data.userId))
		.returning({ id: schema.user.id });
	if (updated.length === 0) throw new AppError('not-found', m.auth.errors.userNotFound);
}
