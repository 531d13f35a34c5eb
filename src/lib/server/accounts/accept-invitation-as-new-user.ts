import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { nameField, passwordField } from './account-fields.ts';
import { addMember } from './add-member.ts';
import { createUser } from './create-user.ts';
import { getInvitation, type InvitationView } from './get-invitation.ts';

const newUserSchema = z
	.object({ name: nameField, password: passwordField, passwordRepeat: z.string() })
	.refine((v) => v.password === v.passwordRepeat, { path: ['passwordRepeat'], message: m.auth.errors.passwordsDiffer });

/**
 * Someone without an account accepts an invitation: creates their account for the invited address
 * (verified, since the mailed link proves it) and makes them a member. The caller logs them in.
 */
export async function acceptInvitationAsNewUser(
	invitationId: string,
	input: { name: unknown; password: unknown; passwordRepeat: unknown }
): Promise<{ userId: string; email: string; invitation: InvitationView }> {
	const data = parseInput(newUserSchema, input);
	const invitation = await getInvitation(invitationId);
	if (invitation.hasAccount) throw new AppError('conflict', m.auth.errors.invitationHasAccount);
	const { id: userId } = await createUser({
		name: data.name,
		email: invitation.email,
		password: data.password,
		emailVerified: true
	});
	await addMember({ organizationId: invitation.organizationId, userId, role: invitation.role });
	await getDb().update(schema.invitation).set({ status: 'accepted' }).where(eq(schema.invitation.id, invitation.id));
	return { userId, email: invitation.email, invitation };
}
