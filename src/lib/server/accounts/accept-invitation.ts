import { eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { addMember } from './add-member.ts';
import { getInvitation, type InvitationView } from './get-invitation.ts';

/** A logged-in user accepts an invitation addressed to their own e-mail address. */
export async function acceptInvitation(user: { id: string; email: string }, invitationId: string): Promise<InvitationView> {
	const invitation = await getInvitation(invitationId);
	if (invitation.email !== user.email.toLowerCase()) throw new AppError('forbidden', m.auth.errors.invitationOtherEmail);
	await addMember({ organizationId: invitation.organizationId, userId: user.id, role: invitation.role });
	const db = getDb();
	await db.update(schema.invitation).set({ status: 'accepted' }).where(eq(schema.invitation.id, invitation.id));
	// Following the mailed link proves the address as well.
	await db.update(schema.user).set({ emailVerified: true }).where(eq(schema.user.id, user.id));
	return invitation;
}
