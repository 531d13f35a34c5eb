import { desc, eq, inArray, or } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';

export interface ScenarioSummary {
	id: string;
	name: string;
	ownerName: string;
	organizationName: string | null;
	createdAt: Date;
	isOwner: boolean;
}

/** The scenarios the actor may see: their own and those shared with their organisations, newest first. */
export async function listScenarios(actor: Actor): Promise<ScenarioSummary[]> {
	const db = getDb();
	const s = schema.plannerScenario;
	const memberships = db
		.select({ id: schema.member.organizationId })
		.from(schema.member)
		.where(eq(schema.member.userId, actor.id));
	const rows = await db
		.select({
			id: s.id,
			name: s.name,
			ownerId: s.ownerId,
			ownerName: schema.user.name,
			organizationName: schema.organization.name,
			createdAt: s.createdAt
		})
		.from(s)
		.innerJoin(schema.user, eq(schema.user.id, s.ownerId))
		.leftJoin(schema.organization, eq(schema.organization.id, s.organizationId))
		.where(or(eq(s.ownerId, actor.id), inArray(s.organizationId, memberships)))
		.orderBy(desc(s.createdAt), s.name);
	return rows.map(({ ownerId, ...row }) => ({ ...row, isOwner: ownerId === actor.id }));
}
