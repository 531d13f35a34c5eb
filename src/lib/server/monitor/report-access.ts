import { m } from '../../i18n/nl.ts';
import { canManageOrganization, type Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';
import { canReadOrganization } from '../register/home-access.ts';

const r = m.monitor.report;

/** The actor, or AppError('unauthenticated') for an anonymous caller. */
export function requireMonitorActor(actor: Actor | null | undefined): Actor {
	if (!actor) throw new AppError('unauthenticated', r.loginNeeded);
	return actor;
}

/** Throws unless the actor may file reports for the organisation's homes (its managers, admins). */
export async function assertCanFileReports(
	actor: Actor | null | undefined,
	organizationId: string
): Promise<Actor> {
	const known = requireMonitorActor(actor);
	if (!(await canManageOrganization(known, organizationId))) throw new AppError('forbidden', r.notManager);
	return known;
}

/**
 * Whether the actor may see a provider's reports per home: its members, researchers of the
 * consortium and admins. Everybody else only sees suppressed aggregates.
 */
export async function canReadReports(actor: Actor, organizationId: string): Promise<boolean> {
	if (actor.role === 'researcher') return true;
	return canReadOrganization(actor, organizationId);
}

/** Throws unless the actor may see the organisation's reports per home. */
export async function assertCanReadReports(
	actor: Actor | null | undefined,
	organizationId: string
): Promise<Actor> {
	const known = requireMonitorActor(actor);
	if (!(await canReadReports(known, organizationId))) throw new AppError('forbidden', r.notMember);
	return known;
}
