import { and, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';

/** Whether the actor belongs to the organisation (checked in the database, not the session). */
export async function isMemberOf(actor: Actor, organizationId: string): Promise<boolean> {
	const [row] = await getDb()
		.select({ id: schema.member.id })
		.from(schema.member)
		.where(and(eq(schema.member.organizationId, organizationId), eq(schema.member.userId, actor.id)));
	return row !== undefined;
}

/**
 * Whether the actor may see a saved scenario: its owner, or a member of the organisation it is
 * shared with. Platform admins get no exception: scenarios are the organisation's own plans.
 */
export async function canViewScenario(
	actor: Actor,
	scenario: { ownerId: string; organizationId: string | null }
): Promise<boolean> {
	if (scenario.ownerId === actor.id) return true;
	return scenario.organizationId !== null && (await isMemberOf(actor, scenario.organizationId));
}
