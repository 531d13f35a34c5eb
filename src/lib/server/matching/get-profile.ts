import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { findProfileFor } from './access.ts';
import { writeAudit } from './audit.ts';
import { profileViewOf, todayOf, type ProfileView } from './profile-view.ts';
import { settingsOf } from './settings.ts';

/** A decision on a profile as the screens show it. */
export interface DecisionView {
	id: string;
	outcome: string;
	home: { id: string; name: string } | null;
	decidedOn: string;
	reason: string | null;
	actorName: string | null;
	createdAt: Date;
}

/** The profile with its decisions; the view is written to the audit log. */
export async function getProfile(
	actor: Actor | null | undefined,
	options: { profileId: string; now?: Date; purpose?: 'view' | 'edit' }
): Promise<{
	organizationId: string;
	profile: ProfileView;
	decisions: DecisionView[];
	vocabulary: string[];
}> {
	const { row, actor: known } = await findProfileFor(actor, options.profileId);
	const settings = await settingsOf(row.organizationId);
	const [homeRow] = row.homeId
		? await getDb().select({ name: schema.home.name }).from(schema.home).where(eq(schema.home.id, row.homeId))
		: [];
	const decisions = await getDb()
		.select({ d: schema.matchingDecision, homeName: schema.home.name })
		.from(schema.matchingDecision)
		.leftJoin(schema.home, eq(schema.home.id, schema.matchingDecision.homeId))
		.where(eq(schema.matchingDecision.profileId, row.id))
		.orderBy(desc(schema.matchingDecision.createdAt));
	await writeAudit({
		organizationId: row.organizationId,
		actor: known,
		action: 'view',
		profile: { id: row.id, code: row.code },
		detail: options.purpose === 'edit' ? 'wijzigformulier' : null
	});
	return {
		organizationId: row.organizationId,
		profile: profileViewOf(row, {
			today: todayOf(options.now ?? new Date()),
			homeName: homeRow?.name,
			retentionDays: settings.retentionDays
		}),
		decisions: decisions.map(({ d, homeName }) => ({
			id: d.id,
			outcome: d.outcome,
			home: d.homeId ? { id: d.homeId, name: homeName ?? d.homeId } : null,
			decidedOn: d.decidedOn,
			reason: d.reason,
			actorName: d.actorName,
			createdAt: d.createdAt
		})),
		vocabulary: settings.vocabulary
	};
}
