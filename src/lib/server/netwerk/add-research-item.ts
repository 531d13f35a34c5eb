import { randomUUID } from 'node:crypto';
import { max } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { parseInput } from '../validation.ts';
import { assertCoordinator } from './access.ts';
import { optionalText } from './fields.ts';
import { researchStatuses } from './research-item-fields.ts';

const e = m.netwerk.errors;

const itemSchema = z.object({
	title: z.string(e.titleRequired).trim().min(1, e.titleRequired).max(200, e.titleTooLong),
	description: optionalText(500, e.descriptionTooLong),
	status: z.enum(researchStatuses, e.researchStatusInvalid)
});

/** Coordinator: adds an item at the end of the research agenda. */
export async function addResearchItem(actor: Actor, input: unknown): Promise<{ id: string }> {
	assertCoordinator(actor);
	const data = parseInput(itemSchema, input);
	const r = schema.networkResearchItem;
	const db = getDb();
	const [last] = await db.select({ position: max(r.position) }).from(r);
	const id = randomUUID();
	await db.insert(r).values({
		id,
		title: data.title,
		description: data.description ?? null,
		status: data.status,
		position: (last?.position ?? 0) + 1
	});
	return { id };
}
