import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { organizationKindField } from '../accounts/account-fields.ts';
import { createOrganization } from '../accounts/create-organization.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { assertCoordinator } from './access.ts';

const e = m.netwerk.errors;

const reviewSchema = z.discriminatedUnion('decision', [
	z.object({
		decision: z.literal('approve'),
		name: z.string().trim().min(1, e.proposalNotFound),
		kind: organizationKindField
	}),
	z.object({
		decision: z.literal('merge'),
		name: z.string().trim().min(1, e.proposalNotFound),
		organizationId: z.string(e.mergeTargetRequired).trim().min(1, e.mergeTargetRequired)
	}),
	z.object({ decision: z.literal('reject'), name: z.string().trim().min(1, e.proposalNotFound) })
]);

/**
 * Coordinator decides on an organisation name proposed at sign-up: approve (creates the
 * organisation in the accounts module), merge (an existing organisation was meant) or reject
 * (the participants stay without organisation). Every participant who proposed the name follows.
 */
export async function reviewProposedOrganization(
	actor: Actor,
	input: unknown
): Promise<{ organizationId: string | null }> {
	assertCoordinator(actor);
	const data = parseInput(reviewSchema, input);
	const db = getDb();
	const p = schema.networkParticipant;
	const proposers = and(eq(p.proposedOrganizationName, data.name), eq(p.status, 'active'));
	const rows = await db.select({ id: p.id }).from(p).where(proposers);
	if (rows.length === 0) throw new AppError('not-found', e.proposalNotFound);
	let organizationId: string | null = null;
	if (data.decision === 'approve') {
		organizationId = (await createOrganization({ name: data.name, kind: data.kind })).id;
	} else if (data.decision === 'merge') {
		const [org] = await db
			.select({ id: schema.organization.id })
			.from(schema.organization)
			.where(eq(schema.organization.id, data.organizationId));
		if (!org)
			throw new AppError('invalid-input', e.mergeTargetRequired, [
				{ path: 'organizationId', message: e.mergeTargetRequired }
			]);
		organizationId = org.id;
	}
	await db.update(p).set({ organizationId, proposedOrganizationName: null }).where(proposers);
	return { organizationId };
}
