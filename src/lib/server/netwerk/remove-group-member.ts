import { eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { assertCoordinator } from './access.ts';
import { rowIdField } from './fields.ts';

/** Coordinator: removes a member from a group's list. */
export async function removeGroupMember(actor: Actor, id: unknown): Promise<void> {
	assertCoordinator(actor);
	const memberId = parseInput(rowIdField, id);
	const g = schema.networkGroupMember;
	const removed = await getDb().delete(g).where(eq(g.id, memberId)).returning({ id: g.id });
	if (removed.length === 0) throw new AppError('not-found', m.netwerk.errors.itemNotFound);
}
