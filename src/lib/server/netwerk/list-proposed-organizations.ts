import { and, count, eq, isNotNull } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { assertCoordinator } from './access.ts';

/** Coordinator: organisation names proposed by active participants, with how many proposed each. */
export async function listProposedOrganizations(
	actor: Actor
): Promise<{ name: string; participants: number }[]> {
	assertCoordinator(actor);
	const p = schema.networkParticipant;
	const rows = await getDb()
		.select({ name: p.proposedOrganizationName, participants: count() })
		.from(p)
		.where(and(isNotNull(p.proposedOrganizationName), eq(p.status, 'active')))
		.groupBy(p.proposedOrganizationName)
		.orderBy(p.proposedOrganizationName);
	return rows.map((r) => ({ name: r.name ?? '', participants: r.participants }));
}
