import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { idField, organizationRoleField } from './account-fields.ts';
import { assertOrganizationManager, type Actor } from './actor.ts';

const changeSchema = z.object({ memberId: idField, role: organizationRoleField });

/** Managers of the organisation and platform admins: makes a member a manager or back; one manager stays. */
export async function changeMemberRole(actor: Actor, input: { memberId: unknown; role: unknown }): Promise<void> {
	const data = parseInput(changeSchema, input);
	const db = getDb();
	const [target] = await db.select().from(schema.member).where(eq(schema.member.id, data.memberId));
	if (!target) throw new AppError('not-found', m.auth.errors.memberNotFound);
	await assertOrganizationManager(actor, target.organizationId);
	if (target.role === 'manager' && data.role !== 'manager') await assertAnotherManager(target.organizationId, target.id);
	await db.update(schema.member).set({ role: data.role }).where(eq(schema.member.id, target.id));
}

/** Throws unless the organisation has a manager besides the given membership. */
export async function assertAnotherManager(organizationId: string, memberId: string): Promise<void> {
	const others = await getDb()
		.select({ id: schema.member.id })
		.from(schema.member)
		.where(
			and(eq(schema.member.organizationId, organizationId), eq(schema.member.role, 'manager'), ne(schema.member.id, memberId))
		);
	if (others.length === 0) throw new AppError('conflict', m.auth.errors.lastManager);
}
