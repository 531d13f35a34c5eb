import type { Actor } from '../accounts/actor.ts';
import { getDb } from '../db/index.ts';
import { appendVersion } from './append-version.ts';
import { actorNameOf, assertCanChangeHomes, findHome, requireActor } from './home-access.ts';
import { homeDetailOf, inputOfRow, type HomeDetail } from './home-view.ts';

/** Archives a home (hidden from the public register, history kept) or restores it, as a version. */
export async function setHomeArchived(
	actor: Actor | null | undefined,
	options: { homeId: string; archived: boolean }
): Promise<HomeDetail> {
	requireActor(actor);
	const { row, organizationName } = await findHome(options.homeId);
	const known = await assertCanChangeHomes(actor, row.organizationId);
	const status = options.archived ? 'archived' : 'active';
	if (row.status === status) return homeDetailOf(row, organizationName, true);
	const author = await actorNameOf(known);
	const saved = await getDb().transaction((tx) =>
		appendVersion(tx, row, inputOfRow(row), {
			kind: options.archived ? 'archived' : 'restored',
			author,
			status
		})
	);
	return homeDetailOf(saved, organizationName, true);
}
