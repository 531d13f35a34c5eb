import { and, eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import { canManageOrganization, type Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import type { HomeRow } from './home-view.ts';

const h = m.register.home;

/** The actor, or AppError('unauthenticated') for an anonymous caller. */
export function requireActor(actor: Actor | null | undefined): Actor {
	if (!actor) throw new AppError('unauthenticated', h.loginNeeded);
	return actor;
}

/** Whether the actor may read the organisation's private data: admin or any member. */
export async function canReadOrganization(actor: Actor, organizationId: string): Promise<boolean> {
	if (actor.role === 'admin') return true;
	const [row] = await getDb()
		.select({ id: schema.member.id })
		.from(schema.member)
		.where(and(eq(schema.member.organizationId, organizationId), eq(schema.member.userId, actor.id)));
	return row !== undefined;
}

/** Throws unless the actor may change the organisation's homes (admin, or manager there). */
export async function assertCanChangeHomes(
	actor: Actor | null | undefined,
	organizationId: string
): Promise<Actor> {
	const known = requireActor(actor);
	if (!(await canManageOrganization(known, organizationId))) throw new AppError('forbidden', h.notManager);
	return known;
}

/** Throws unless the actor may read the organisation's private data (members and admins). */
export async function assertCanReadHomes(
	actor: Actor | null | undefined,
	organizationId: string
): Promise<Actor> {
	const known = requireActor(actor);
	if (!(await canReadOrganization(known, organizationId))) throw new AppError('forbidden', h.notMember);
	return known;
}

/** The stored home with the name of its organisation, or AppError('not-found'). */
export async function findHome(homeId: string): Promise<{ row: HomeRow; organizationName: string }> {
	const [found] = await getDb()
		.select({ row: schema.home, organizationName: schema.organization.name })
		.from(schema.home)
		.innerJoin(schema.organization, eq(schema.organization.id, schema.home.organizationId))
		.where(eq(schema.home.id, homeId));
	if (!found) throw new AppError('not-found', h.notFound);
	return found;
}

/** The name of the actor for the history, or null for the system actor. */
export async function actorNameOf(
	actor: Actor
): Promise<{ actorId: string | null; actorName: string | null }> {
	if (actor.id === 'system') return { actorId: null, actorName: null };
	const [row] = await getDb()
		.select({ name: schema.user.name })
		.from(schema.user)
		.where(eq(schema.user.id, actor.id));
	return row ? { actorId: actor.id, actorName: row.name } : { actorId: null, actorName: null };
}
