import { eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { assertCoordinator } from './access.ts';
import { rowIdField } from './fields.ts';

/** Coordinator: removes an item from the research agenda. */
export async function removeResearchItem(actor: Actor, id: unknown): Promise<void> {
	assertCoordinator(actor);
	const itemId = parseInput(rowIdField, id);
	const r = schema.networkResearchItem;
	const removed = await getDb().delete(r).where(eq(r.id, itemId)).returning({ id: r.id });
	if (removed.length === 0) throw new AppError('not-found', m.netwerk.errors.itemNotFound);
}
