import { and, eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { idField } from './account-fields.ts';
import { assertOrganizationManager, type Actor } from './actor.ts';

/** Managers of the invitation's organisation and platform admins: revokes an open invitation. */
export async function cancelInvitation(actor: Actor, invitationId: unknown): Promise<void> {
	const id = parseInput(idField, invitationId);
	const db = getDb();
	const [inv] = await db.select().from(schema.invitation).where(eq(schema.invitation.id, id));
	if (!inv) throw new AppError('not-found', m.auth.errors.invitationNotFound);
	await assertOrganizationManager(actor, inv.organizationId);
	await db
		.update(schema.invitation)
		.set({ status: 'canceled' })
		.where(and(eq(schema.invitation.id, id), eq(schema.invitation.status, 'pending')));
}
