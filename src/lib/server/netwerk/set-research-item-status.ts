import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { assertCoordinator } from './access.ts';
import { rowIdField } from './fields.ts';
import { researchStatuses } from './research-item-fields.ts';

const e = m.netwerk.errors;

const statusSchema = z.object({ id: rowIdField, status: z.enum(researchStatuses, e.researchStatusInvalid) });

/** Coordinator: changes the status of a research agenda item. */
export async function setResearchItemStatus(actor: Actor, input: unknown, now = new Date()): Promise<void> {
	assertCoordinator(actor);
	const data = parseInput(statusSchema, input);
	const r = schema.networkResearchItem;
	const updated = await getDb()
		.update(r)
		.set({ status: data.status, updatedAt: now })
		.where(eq(r.id, data.id))
		.returning({ id: r.id });
	if (updated.length === 0) throw new AppError('not-found', e.itemNotFound);
}
