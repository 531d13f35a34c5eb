import { eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { idField } from './account-fields.ts';
import { assertOrganizationManager, type Actor } from './actor.ts';
import { assertAnotherManager } from './change-member-role.ts';

/** Managers of the organisation and platform admins: removes a membership; the last manager stays. */
export async function removeMember(actor: Actor, memberId: unknown): Promise<void> {
	const id = parseInput(idField, memberId);
	const db = getDb();
	const [target] = await db.select().from(schema.member).where(eq(schema.member.id, id));
	if (!target) throw new AppError('not-found', m.auth.errors.memberNotFound);
	await assertOrganizationManager(actor, target.organizationId);
	if (target.role === 'manager') await assertAnotherManager(target.organizationId, target.id);
	await db.delete(schema.member).where(eq(schema.member.id, id));
}
