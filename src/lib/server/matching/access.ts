import { and, eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';

const e = m.matching.errors;

/** What a matching function knows about the caller once access is checked. */
export interface MatchingActor extends Actor {
	organizationId: string;
	/** The name written into the audit log (kept when the account is deleted later). */
	name: string;
}

/** The actor, or AppError('unauthenticated') for an anonymous caller. */
export function requireActor(actor: Actor | null | undefined): Actor {
	if (!actor) throw new AppError('unauthenticated', e.loginNeeded);
	return actor;
}

async function membershipOf(actor: Actor, organizationId: string) {
	const [row] = await getDb()
		.select({ role: schema.member.role, name: schema.user.name, kind: schema.organization.kind })
		.from(schema.member)
		.innerJoin(schema.user, eq(schema.user.id, schema.member.userId))
		.innerJoin(schema.organization, eq(schema.organization.id, schema.member.organizationId))
		.where(and(eq(schema.member.organizationId, organizationId), eq(schema.member.userId, actor.id)));
	return row;
}

/** Whether the user holds the matching role in the organisation (member with a grant). */
export async function hasMatchingRole(userId: string, organizationId: string): Promise<boolean> {
	const [row] = await getDb()
		.select({ id: schema.matchingAccess.id })
		.from(schema.matchingAccess)
		.innerJoin(
			schema.member,
			and(
				eq(schema.member.organizationId, schema.matchingAccess.organizationId),
				eq(schema.member.userId, schema.matchingAccess.userId)
			)
		)
		.where(
			and(eq(schema.matchingAccess.organizationId, organizationId), eq(schema.matchingAccess.userId, userId))
		);
	return row !== undefined;
}

/**
 * Throws unless the actor is a member of the organisation with the matching role. Platform
 * admins get no exception: health data is for the care team only (docs/decisions/0014).
 */
export async function assertMatchingAccess(
	actor: Actor | null | undefined,
	organizationId: string
): Promise<MatchingActor> {
	const known = requireActor(actor);
	const membership = await membershipOf(known, organizationId);
	if (!membership || !(await hasMatchingRole(known.id, organizationId)))
		throw new AppError('forbidden', e.noAccess);
	return { ...known, organizationId, name: membership.name };
}

/** Throws unless the actor is a manager of the (provider) organisation: access, rules, audit log. */
export async function assertMatchingManager(
	actor: Actor | null | undefined,
	organizationId: string
): Promise<MatchingActor> {
	const known = requireActor(actor);
	const membership = await membershipOf(known, organizationId);
	if (!membership || membership.role !== 'manager') throw new AppError('forbidden', e.notManager);
	if (membership.kind !== 'provider') throw new AppError('forbidden', e.notProvider);
	return { ...known, organizationId, name: membership.name };
}

/**
 * The profile with its organisation, if the actor may see it. A profile of another organisation
 * answers 'not-found' exactly like a missing one, so its existence does not leak.
 */
export async function findProfileFor(actor: Actor | null | undefined, profileId: string) {
	const known = requireActor(actor);
	const [row] = await getDb().select().from(schema.youthProfile).where(eq(schema.youthProfile.id, profileId));
	if (!row) throw new AppError('not-found', e.profileNotFound);
	const membership = await membershipOf(known, row.organizationId);
	if (!membership) throw new AppError('not-found', e.profileNotFound);
	const access = await assertMatchingAccess(known, row.organizationId);
	return { row, actor: access };
}

/** The organisations where the user may use matching, with whether they manage it. */
export async function listMatchingOrganizations(
	actor: Actor | null | undefined
): Promise<{ id: string; name: string; hasRole: boolean; isManager: boolean }[]> {
	const known = requireActor(actor);
	const rows = await getDb()
		.select({
			id: schema.organization.id,
			name: schema.organization.name,
			role: schema.member.role,
			grant: schema.matchingAccess.id
		})
		.from(schema.member)
		.innerJoin(schema.organization, eq(schema.organization.id, schema.member.organizationId))
		.leftJoin(
			schema.matchingAccess,
			and(
				eq(schema.matchingAccess.organizationId, schema.member.organizationId),
				eq(schema.matchingAccess.userId, schema.member.userId)
			)
		)
		.where(and(eq(schema.member.userId, known.id), eq(schema.organization.kind, 'provider')))
		.orderBy(schema.organization.name);
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		hasRole: r.grant !== null,
		isManager: r.role === 'manager'
	}));
}
