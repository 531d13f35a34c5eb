import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { scenarioInputSchema } from '../../planner/scenario-input.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { isMemberOf } from './authorize-scenario.ts';

const t = m.planner.errors;

export const saveScenarioSchema = z.object({
	name: z.string(t.name).trim().min(1, t.name).max(120, t.name),
	/** Share with this organisation's members; null or absent keeps it private. */
	organizationId: z.string(t.organization).min(1, t.organization).nullish(),
	input: scenarioInputSchema
});

/** Saves a scenario for the actor, optionally shared with one of their organisations. */
export async function saveScenario(actor: Actor, data: unknown): Promise<{ id: string; shareToken: string }> {
	const { name, organizationId, input } = parseInput(saveScenarioSchema, data);
	if (organizationId && !(await isMemberOf(actor, organizationId))) {
		throw new AppError('forbidden', t.organization, [{ path: 'organizationId', message: t.organization }]);
	}
	const id = randomUUID();
	// 32 random bytes: the link is the only key to a shared scenario, so it must be unguessable.
	const shareToken = randomBytes(32).toString('base64url');
	await getDb()
		.insert(schema.plannerScenario)
		.values({ id, ownerId: actor.id, organizationId: organizationId ?? null, name, input, shareToken });
	return { id, shareToken };
}
