import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { assertMatchingManager } from './access.ts';
import { writeAudit } from './audit.ts';

/** A member of the organisation and whether they hold the matching role. */
export interface AccessMember {
	userId: string;
	name: string;
	email: string;
	role: string;
	hasRole: boolean;
}

const userInput = z.object({
	userId: z.string(m.matching.validation.userId).trim().min(1, m.matching.validation.userId)
});

/** The organisation's members with their matching role; managers only. */
export async function listAccessMembers(
	actor: Actor | null | undefined,
	options: { organizationId: string }
): Promise<AccessMember[]> {
	await assertMatchingManager(actor, options.organizationId);
	const rows = await getDb()
		.select({
			userId: schema.user.id,
			name: schema.user.name,
			email: schema.user.email,
			role: schema.member.role,
			grant: schema.matchingAccess.id
		})
		.from(schema.member)
		.innerJoin(schema.user, eq(schema.user.id, schema.member.userId))
		.leftJoin(
			schema.matchingAccess,
			and(
				eq(schema.matchingAccess.organizationId, schema.member.organizationId),
				eq(schema.matchingAccess.userId, schema.member.userId)
			)
		)
		.where(eq(schema.member.organizationId, options.organizationId))
		.orderBy(asc(schema.user.name), asc(schema.user.id));
	return rows.map((r) => ({
		userId: r.userId,
		name: r.name,
		email: r.email,
		role: r.role,
		hasRole: r.grant !== null
	}));
}

/** Gives a member of the organisation the matching role (idempotent); managers only, logged. */
export async function grantMatchingRole(
	actor: Actor | null | undefined,
	options: { organizationId: string; input: unknown }
): Promise<void> {
	const known = await assertMatchingManager(actor, options.organizationId);
	const { userId } = parseInput(userInput, options.input);
	const [target] = await getDb()
		.select({ name: schema.user.name })
		.from(schema.member)
		.innerJoin(schema.user, eq(schema.user.id, schema.member.userId))
		.where(and(eq(schema.member.organizationId, options.organizationId), eq(schema.member.userId, userId)));
	if (!target)
		throw new AppError('invalid-input', m.matching.errors.notMemberOfOrganization, [
			{ path: 'userId', message: m.matching.errors.notMemberOfOrganization }
		]);
	await getDb().transaction(async (tx) => {
		const inserted = await tx
			.insert(schema.matchingAccess)
			.values({
				id: randomUUID(),
				organizationId: options.organizationId,
				userId,
				grantedById: known.id === 'system' ? null : known.id
			})
			.onConflictDoNothing()
			.returning({ id: schema.matchingAccess.id });
		if (inserted.length > 0) {
			await writeAudit(
				{
					organizationId: options.organizationId,
					actor: known,
					action: 'access',
					detail: `rol gegeven aan ${target.name}`
				},
				tx
			);
		}
	});
}

/** Takes the matching role away from a member; managers only, logged. */
export async function revokeMatchingRole(
	actor: Actor | null | undefined,
	options: { organizationId: string; input: unknown }
): Promise<void> {
	const known = await assertMatchingManager(actor, options.organizationId);
	const { userId } = parseInput(userInput, options.input);
	await getDb().transaction(async (tx) => {
		const removed = await tx
			.delete(schema.matchingAccess)
			.where(
				and(
					eq(schema.matchingAccess.organizationId, options.organizationId),
					eq(schema.matchingAccess.userId, userId)
				)
			)
			.returning({ userId: schema.matchingAccess.userId });
		if (removed.length > 0) {
			const [target] = await tx
				.select({ name: schema.user.name })
				.from(schema.user)
				.where(eq(schema.user.id, userId));
			await writeAudit(
				{
					organizationId: options.organizationId,
					actor: known,
					action: 'access',
					detail: `rol ingetrokken van ${target?.name ?? userId}`
				},
				tx
			);
		}
	});
}
