import { eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { assertCanChangeHomes, findHome, requireActor } from './home-access.ts';

/**
 * Deletes a home with its whole history. Only an archived home can be deleted, so that removing
 * a home is always a deliberate second step.
 */
export async function deleteHome(
	actor: Actor | null | undefined,
	options: { homeId: string }
): Promise<void> {
	requireActor(actor);
	const { row } = await findHome(options.homeId);
	await assertCanChangeHomes(actor, row.organizationId);
	if (row.status !== 'archived') throw new AppError('conflict', m.register.home.deleteArchivedOnly);
	await getDb().delete(schema.home).where(eq(schema.home.id, row.id));
}
