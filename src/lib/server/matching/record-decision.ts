import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { findProfileFor } from './access.ts';
import { writeAudit } from './audit.ts';
import { decisionInputSchema } from './profile-input.ts';

const e = m.matching.errors;

/** The organisation's home, or a field error on `homeId` (another organisation's home is unknown). */
async function homeOf(organizationId: string, homeId: string) {
	const [row] = await getDb()
		.select({ id: schema.home.id, name: schema.home.name, places: schema.home.places })
		.from(schema.home)
		.where(and(eq(schema.home.id, homeId), eq(schema.home.organizationId, organizationId)));
	if (!row)
		throw new AppError('invalid-input', e.homeNotFound, [{ path: 'homeId', message: e.homeNotFound }]);
	return row;
}

/**
 * Records what a person decided about a proposal, and updates the group: "placed" moves a waiting
 * youth into the home from the date; "declined" keeps them waiting with the reason; "left" ends a
 * placement and starts the retention period.
 */
export async function recordDecision(
	actor: Actor | null | undefined,
	options: { profileId: string; input: unknown }
): Promise<void> {
	const { row, actor: known } = await findProfileFor(actor, options.profileId);
	const input = parseInput(decisionInputSchema, options.input);
	const base = {
		id: randomUUID(),
		profileId: row.id,
		decidedOn: input.decidedOn,
		actorId: known.id,
		actorName: known.name
	};
	const audit = {
		organizationId: row.organizationId,
		actor: known,
		action: 'decision',
		profile: { id: row.id, code: row.code }
	};

	if (input.outcome === 'placed') {
		if (row.status !== 'waiting') throw new AppError('conflict', e.notWaiting);
		if (input.decidedOn < row.waitingSince) {
			throw new AppError('invalid-input', e.beforeWaiting, [{ path: 'decidedOn', message: e.beforeWaiting }]);
		}
		const home = await homeOf(row.organizationId, input.homeId);
		await getDb().transaction(async (tx) => {
			const [residents] = await tx
				.select({ n: count() })
				.from(schema.youthProfile)
				.where(and(eq(schema.youthProfile.homeId, home.id), eq(schema.youthProfile.status, 'placed')));
			if (home.places !== null && residents!.n >= home.places) throw new AppError('conflict', e.homeFull);
			await tx
				.update(schema.youthProfile)
				.set({
					status: 'placed',
					homeId: home.id,
					placedSince: input.decidedOn,
					leftSince: null,
					updatedAt: new Date()
				})
				.where(eq(schema.youthProfile.id, row.id));
			await tx.insert(schema.matchingDecision).values({ ...base, outcome: 'placed', homeId: home.id });
			await writeAudit({ ...audit, detail: `geplaatst in ${home.name}` }, tx);
		});
		return;
	}
	if (input.outcome === 'declined') {
		const home = input.homeId ? await homeOf(row.organizationId, input.homeId) : null;
		await getDb().transaction(async (tx) => {
			await tx
				.insert(schema.matchingDecision)
				.values({ ...base, outcome: 'declined', homeId: home?.id ?? null, reason: input.reason });
			await writeAudit({ ...audit, detail: home ? `niet geplaatst in ${home.name}` : 'niet geplaatst' }, tx);
		});
		return;
	}
	if (row.status !== 'placed') throw new AppError('conflict', e.notPlaced);
	await getDb().transaction(async (tx) => {
		await tx
			.update(schema.youthProfile)
			.set({ status: 'left', leftSince: input.decidedOn, updatedAt: new Date() })
			.where(eq(schema.youthProfile.id, row.id));
		await tx
			.insert(schema.matchingDecision)
			.values({ ...base, outcome: 'left', homeId: row.homeId, reason: input.reason ?? null });
		await writeAudit({ ...audit, detail: 'vertrokken' }, tx);
	});
}
