import { randomUUID } from 'node:crypto';
import { and, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { assertCoordinator } from './access.ts';
import { optionalText } from './fields.ts';
import { networkGroups } from './group-member-fields.ts';

const e = m.netwerk.errors;

const memberSchema = z.object({
	group: z.enum(networkGroups, e.groupInvalid),
	name: z.string(e.memberNameRequired).trim().min(1, e.memberNameRequired).max(200, e.memberNameTooLong),
	description: optionalText(500, e.descriptionTooLong),
	website: optionalText(500, e.websiteInvalid).pipe(
		z.url({ protocol: /^https?$/, error: e.websiteInvalid }).optional()
	)
});

/** Coordinator: adds a member at the end of a group's list. */
export async function addGroupMember(actor: Actor, input: unknown): Promise<{ id: string }> {
	assertCoordinator(actor);
	const data = parseInput(memberSchema, input);
	const db = getDb();
	const g = schema.networkGroupMember;
	const [taken] = await db
		.select({ id: g.id })
		.from(g)
		.where(and(eq(g.kind, data.group), eq(g.name, data.name)));
	if (taken)
		throw new AppError('conflict', e.memberNameTaken, [{ path: 'name', message: e.memberNameTaken }]);
	const [last] = await db
		.select({ position: max(g.position) })
		.from(g)
		.where(eq(g.kind, data.group));
	const id = randomUUID();
	await db.insert(g).values({
		id,
		kind: data.group,
		name: data.name,
		description: data.description ?? null,
		website: data.website ?? null,
		position: (last?.position ?? 0) + 1
	});
	return { id };
}
