import { eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { getScenario } from './get-scenario.ts';

/** Deletes a saved scenario (and so its share link); only its owner may. */
export async function deleteScenario(actor: Actor, id: string): Promise<void> {
	const scenario = await getScenario(actor, id);
	if (!scenario.isOwner) throw new AppError('forbidden', m.planner.errors.notOwner);
	await getDb().delete(schema.plannerScenario).where(eq(schema.plannerScenario.id, id));
}
