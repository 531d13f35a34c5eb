import { eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';

export interface InvitationView {
	id: string;
	email: string;
	role: 'member' | 'manager';
	organizationId: string;
	organizationName: string;
	/** Whether an account with the invited address exists already. */
	hasAccount: boolean;
}

/**
 * An open invitation for the page /uitnodiging/[id]. The random id in the mailed link is what
 * proves the invitee, so anyone holding the link may see it. Closed or expired → AppError.
 */
export async function getInvitation(invitationId: string): Promise<InvitationView> {
	const db = getDb();
	const [row] = await db
		.select({ inv: schema.invitation, organizationName: schema.organization.name })
		.from(schema.invitation)
		.innerJoin(schema.organization, eq(schema.organization.id, schema.invitation.organizationId))
		.where(eq(schema.invitation.id, invitationId.slice(0, 100)));
	if (!row) throw new AppError('not-found', m.auth.errors.invitationNotFound);
	if (row.inv.status !== 'pending') throw new AppError('conflict', m.auth.errors.invitationClosed);
	if (row.inv.expiresAt.getTime() < Date.now()) throw new AppError('conflict', m.auth.errors.invitationExpired);
	const users = await db.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.email, row.inv.email));
	return {
		id: row.inv.id,
		email: row.inv.email,
		role: row.inv.role === 'manager' ? 'manager' : 'member',
		organizationId: row.inv.organizationId,
		organizationName: row.organizationName,
		hasAccount: users.length > 0
	};
}
