import { and, eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { assertOrganizationManager, type Actor } from './actor.ts';

export interface OrganizationDetails {
	id: string;
	name: string;
	slug: string;
	kind: string;
	members: { id: string; userId: string; name: string; email: string; role: 'member' | 'manager' }[];
	invitations: { id: string; email: string; role: string; expiresAt: Date }[];
}

/** Managers of the organisation and platform admins: the organisation, its members and open invitations. */
export async function getOrganization(actor: Actor, organizationId: string): Promise<OrganizationDetails> {
	await assertOrganizationManager(actor, organizationId);
	const db = getDb();
	const [org] = await db.select().from(schema.organization).where(eq(schema.organization.id, organizationId));
	if (!org) throw new AppError('not-found', m.auth.errors.organizationNotFound);
	const members = await db
		.select({
			id: schema.member.id,
			userId: schema.user.id,
			name: schema.user.name,
			email: schema.user.email,
			role: schema.member.role
		})
		.from(schema.member)
		.innerJoin(schema.user, eq(schema.user.id, schema.member.userId))
		.where(eq(schema.member.organizationId, organizationId))
		.orderBy(schema.user.name);
	const invitations = await db
		.select({
			id: schema.invitation.id,
			email: schema.invitation.email,
			role: schema.invitation.role,
			expiresAt: schema.invitation.expiresAt
		})
		.from(schema.invitation)
		.where(and(eq(schema.invitation.organizationId, organizationId), eq(schema.invitation.status, 'pending')))
		.orderBy(schema.invitation.email);
	return {
		id: org.id,
		name: org.name,
		slug: org.slug,
		kind: org.kind,
		members: members.map((mm) => ({ ...mm, role: mm.role === 'manager' ? 'manager' : 'member' })),
		invitations
	};
}
