import { homeInputSchema } from '../../register/home-input.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb } from '../db/index.ts';
import { parseInput } from '../validation.ts';
import { appendVersion } from './append-version.ts';
import { actorNameOf, assertCanChangeHomes, findHome, requireActor } from './home-access.ts';
import { diffInputs } from './home-record.ts';
import { homeDetailOf, inputOfRow, type HomeDetail } from './home-view.ts';

/**
 * Replaces a home's details with a full new input (the whole form) as a new version with the
 * field diff and the check of that version. Nothing changed → no new version.
 */
export async function updateHome(
	actor: Actor | null | undefined,
	options: { homeId: string; input: unknown }
): Promise<HomeDetail> {
	requireActor(actor);
	const { row, organizationName } = await findHome(options.homeId);
	const known = await assertCanChangeHomes(actor, row.organizationId);
	const input = parseInput(homeInputSchema, options.input);
	if (diffInputs(inputOfRow(row), input).length === 0) return homeDetailOf(row, organizationName, true);
	const author = await actorNameOf(known);
	const saved = await getDb().transaction((tx) => appendVersion(tx, row, input, { kind: 'updated', author }));
	return homeDetailOf(saved, organizationName, true);
}
