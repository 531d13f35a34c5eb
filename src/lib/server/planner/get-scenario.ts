import { eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import type { ScenarioInput } from '../../planner/scenario-input.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { canViewScenario } from './authorize-scenario.ts';

export interface SavedScenario {
	id: string;
	name: string;
	input: ScenarioInput;
	ownerId: string;
	ownerName: string;
	organizationId: string | null;
	organizationName: string | null;
	shareToken: string;
	createdAt: Date;
}

/** One saved scenario with its owner's and organisation's names, without any check. */
export async function findScenario(
	where: { id: string } | { shareToken: string }
): Promise<SavedScenario | undefined> {
	const s = schema.plannerScenario;
	const [row] = await getDb()
		.select({
			id: s.id,
			name: s.name,
			input: s.input,
			ownerId: s.ownerId,
			ownerName: schema.user.name,
			organizationId: s.organizationId,
			organizationName: schema.organization.name,
			shareToken: s.shareToken,
			createdAt: s.createdAt
		})
		.from(s)
		.innerJoin(schema.user, eq(schema.user.id, s.ownerId))
		.leftJoin(schema.organization, eq(schema.organization.id, s.organizationId))
		.where('id' in where ? eq(s.id, where.id) : eq(s.shareToken, where.shareToken));
	return row;
}

/** A saved scenario for its owner or a member of its organisation; refuses anyone else. */
export async function getScenario(actor: Actor, id: string): Promise<SavedScenario & { isOwner: boolean }> {
	const scenario = await findScenario({ id });
	if (!scenario) throw new AppError('not-found', m.planner.errors.notFound);
	if (!(await canViewScenario(actor, scenario))) throw new AppError('forbidden', m.planner.errors.forbidden);
	return { ...scenario, isOwner: scenario.ownerId === actor.id };
}
