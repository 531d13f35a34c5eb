import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { INVITATION_TTL_SECONDS } from '../auth/auth.ts';
import { siteOrigin } from '../auth/request-event.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { composeInvitationMail } from '../mail/compose-mail.ts';
import { sendMail } from '../mail/send-mail.ts';
import { parseInput } from '../validation.ts';
import { emailField, idField, organizationRoleField } from './account-fields.ts';
import { assertOrganizationManager, type Actor } from './actor.ts';

const inviteSchema = z.object({ organizationId: idField, email: emailField, role: organizationRoleField });

/**
 * Managers of the organisation and platform admins: invites an e-mail address as member or
 * manager and mails the link /uitnodiging/<id>. Inviting the same address again replaces the
 * open invitation (a fresh link and term).
 */
export async function inviteMember(
	actor: Actor,
	input: { organizationId: string; email: unknown; role: unknown }
): Promise<{ id: string; email: string }> {
	const data = parseInput(inviteSchema, input);
	await assertOrganizationManager(actor, data.organizationId);
	const db = getDb();
	const [org] = await db.select().from(schema.organization).where(eq(schema.organization.id, data.organizationId));
	if (!org) throw new AppError('not-found', m.auth.errors.organizationNotFound);
	const existingMember = await db
		.select({ id: schema.member.id })
		.from(schema.member)
		.innerJoin(schema.user, eq(schema.user.id, schema.member.userId))
		.where(and(eq(schema.member.organizationId, org.id), eq(schema.user.email, data.email)));
	if (existingMember.length > 0) {
		throw new AppError('conflict', m.auth.errors.alreadyMember, [{ path: 'email', message: m.auth.errors.alreadyMember }]);
	}
	const [inviter] = await db.select({ id: schema.user.id, name: schema.user.name }).from(schema.user).where(eq(schema.user.id, actor.id));
	// The CLI and seed have no account; invitation.inviterId must name a user, so they need one.
	if (!inviter) throw new AppError('forbidden', m.auth.errors.notManager);
	const id = randomUUID();
	await db.transaction(async (tx) => {
		await tx
			.update(schema.invitation)
			.set({ status: 'canceled' })
			.where(
				and(
					eq(schema.invitation.organizationId, org.id),
					eq(schema.invitation.email, data.email),
					eq(schema.invitation.status, 'pending')
				)
			);
		await tx.insert(schema.invitation).values({
			id,
			organizationId: org.id,
			email: data.email,
			role: data.role,
			status: 'pending',
			inviterId: inviter.id,
			expiresAt: new Date(Date.now() + INVITATION_TTL_SECONDS * 1000)
		});
	});
	await sendMail(
		composeInvitationMail({
			to: data.email,
			organization: org.name,
			inviter: inviter.name,
			role: m.auth.organizationRoles[data.role].toLowerCase(),
			link: `${siteOrigin()}/uitnodiging/${id}`
		})
	);
	return { id, email: data.email };
}
