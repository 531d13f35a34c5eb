import { desc, eq } from 'drizzle-orm';
import type { Verdict } from '../../register/check-facility.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { assertCanReadHomes, findHome, requireActor } from './home-access.ts';
import type { HomeVersion } from './home-view.ts';

/** The history of a home, newest first, for members of the owning organisation and admins. */
export async function listHomeVersions(
	actor: Actor | null | undefined,
	options: { homeId: string }
): Promise<HomeVersion[]> {
	requireActor(actor);
	const { row } = await findHome(options.homeId);
	await assertCanReadHomes(actor, row.organizationId);
	const versions = await getDb()
		.select()
		.from(schema.homeVersion)
		.where(eq(schema.homeVersion.homeId, row.id))
		.orderBy(desc(schema.homeVersion.version));
	return versions.map((v) => ({
		version: v.version,
		kind: v.kind as HomeVersion['kind'],
		createdAt: v.createdAt.toISOString(),
		actor: v.actorName === null ? null : { id: v.actorId, name: v.actorName },
		changes: v.changes,
		verdict: v.verdict as Verdict,
		check: v.check,
		snapshot: v.snapshot
	}));
}
