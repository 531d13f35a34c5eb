import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { idField, organizationRoleField } from './account-fields.ts';
import type { OrganizationRole } from './roles.ts';

const addMemberSchema = z.object({
	organizationId: idField,
	userId: idField,
	role: organizationRoleField
});

/**
 * Makes the user a member of the organisation with the role; if they already are a member, their
 * role becomes the given one (so that "add as manager" also promotes an existing member).
 * Trusted callers only (CLI, seed, admin screens and invitation acceptance check beforehand).
 */
export async function addMember(input: { organizationId: string; userId: string; role: OrganizationRole }): Promise<void> {
	const data = parseInput(addMemberSchema, input);
	const db = getDb();
	const [org] = await db.select({ id: schema.organization.id }).from(schema.organization).where(eq(schema.organization.id, data.organizationId));
	if (!org) throw new AppError('not-found', m.auth.errors.organizationNotFound);
	const [usr] = await db.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.id, data.userId));
	if (!usr) throw new AppError('not-found', m.auth.errors.userNotFound);
	await db
		.insert(schema.member)
		.values({ id: randomUUID(), organizationId: data.organizationId, userId: data.userId, role: data.role })
		.onConflictDoUpdate({
			target: [schema.member.organizationId, schema.member.userId],
			set: { role: data.role }
		});
}
