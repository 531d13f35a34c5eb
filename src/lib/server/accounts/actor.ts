import { and, eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';

/**
 * Who performs an action. Module functions that need authorisation take an actor and check it
 * against the database (never a stale session copy). The CLI and seed act as `systemActor`.
 */
export interface Actor {
	/** User id, or 'system' for the CLI and seed. */
	id: string;
	/** Platform role of the user; 'admin' for the system actor. */
	role: string;
}

/** The actor of trusted local tools (CLI, demo seed): a platform admin without an account. */
export const systemActor: Actor = { id: 'system', role: 'admin' };

/** Throws AppError('forbidden') unless the actor is a platform admin. */
export function assertPlatformAdmin(actor: Actor): void {
	if (actor.role !== 'admin') throw new AppError('forbidden', m.auth.errors.notAdmin);
}

/** Whether the actor may manage the organisation: platform admin, or manager of it. */
export async function canManageOrganization(actor: Actor, organizationId: string): Promise<boolean> {
	if (actor.role === 'admin') return true;
	const [row] = await getDb()
		.select({ role: schema.member.role })
		.from(schema.member)
		.where(and(eq(schema.member.organizationId, organizationId), eq(schema.member.userId, actor.id)));
	return row?.role === 'manager';
}

/** Throws AppError('forbidden') unless the actor may manage the organisation. */
export async function assertOrganizationManager(actor: Actor, organizationId: string): Promise<void> {
	if (!(await canManageOrganization(actor, organizationId))) {
		throw new AppError('forbidden', m.auth.errors.notManager);
	}
}
