import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { requireMonitorActor } from './report-access.ts';

/**
 * The providers whose reports the actor may open: their own (member or manager); every provider
 * for researchers and admins.
 */
export async function listReportProviders(
	actor: Actor | null | undefined
): Promise<{ id: string; name: string; role: string | null }[]> {
	const known = requireMonitorActor(actor);
	const { organization, member } = schema;
	if (known.role === 'admin' || known.role === 'researcher') {
		const all = await getDb()
			.select({ id: organization.id, name: organization.name })
			.from(organization)
			.where(eq(organization.kind, 'provider'))
			.orderBy(asc(organization.name));
		const own = await getDb()
			.select({ id: member.organizationId, role: member.role })
			.from(member)
			.where(eq(member.userId, known.id));
		const roles = new Map(own.map((o) => [o.id, o.role]));
		return all.map((o) => ({ ...o, role: roles.get(o.id) ?? null }));
	}
	const memberships = await getDb()
		.select({ id: member.organizationId, role: member.role })
		.from(member)
		.where(eq(member.userId, known.id));
	if (memberships.length === 0) return [];
	const roles = new Map(memberships.map((o) => [o.id, o.role]));
	const providers = await getDb()
		.select({ id: organization.id, name: organization.name })
		.from(organization)
		.where(and(eq(organization.kind, 'provider'), inArray(organization.id, [...roles.keys()])))
		.orderBy(asc(organization.name));
	return providers.map((o) => ({ ...o, role: roles.get(o.id) ?? null }));
}
