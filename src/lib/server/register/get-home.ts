import { canManageOrganization, type Actor } from '../accounts/actor.ts';
import { assertCanReadHomes, findHome, requireActor } from './home-access.ts';
import { homeDetailOf, type HomeDetail } from './home-view.ts';

/** A home with its private details, for members of the owning organisation and admins. */
export async function getHome(
	actor: Actor | null | undefined,
	options: { homeId: string }
): Promise<HomeDetail> {
	requireActor(actor);
	const { row, organizationName } = await findHome(options.homeId);
	const known = await assertCanReadHomes(actor, row.organizationId);
	return homeDetailOf(row, organizationName, await canManageOrganization(known, row.organizationId));
}
