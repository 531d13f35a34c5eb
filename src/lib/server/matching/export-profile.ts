import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { findProfileFor } from './access.ts';
import { writeAudit } from './audit.ts';
import { profileViewOf, todayOf, type ProfileView } from './profile-view.ts';
import { settingsOf } from './settings.ts';

/** Everything stored about one youth, as JSON for a request under the AVG (right of access). */
export interface ProfileExport {
	exportedAt: string;
	profile: ProfileView;
	decisions: {
		outcome: string;
		homeId: string | null;
		decidedOn: string;
		reason: string | null;
		recordedAt: string;
	}[];
	/** Who saw or changed the profile and when (the names of colleagues stay out: their role is enough). */
	accessLog: { at: string; action: string }[];
}

/** Exports a profile with its decisions and access history; the export itself is logged. */
export async function exportProfile(
	actor: Actor | null | undefined,
	options: { profileId: string; now?: Date }
): Promise<ProfileExport> {
	const { row, actor: known } = await findProfileFor(actor, options.profileId);
	const now = options.now ?? new Date();
	const settings = await settingsOf(row.organizationId);
	await writeAudit({
		organizationId: row.organizationId,
		actor: known,
		action: 'export',
		profile: { id: row.id, code: row.code }
	});
	const [homeRow] = row.homeId
		? await getDb().select({ name: schema.home.name }).from(schema.home).where(eq(schema.home.id, row.homeId))
		: [];
	const decisions = await getDb()
		.select()
		.from(schema.matchingDecision)
		.where(eq(schema.matchingDecision.profileId, row.id))
		.orderBy(desc(schema.matchingDecision.createdAt));
	const log = await getDb()
		.select({ at: schema.matchingAuditEntry.createdAt, action: schema.matchingAuditEntry.action })
		.from(schema.matchingAuditEntry)
		.where(eq(schema.matchingAuditEntry.profileId, row.id))
		.orderBy(desc(schema.matchingAuditEntry.createdAt));
	return {
		exportedAt: now.toISOString(),
		profile: profileViewOf(row, {
			today: todayOf(now),
			homeName: homeRow?.name,
			retentionDays: settings.retentionDays
		}),
		decisions: decisions.map((d) => ({
			outcome: d.outcome,
			homeId: d.homeId,
			decidedOn: d.decidedOn,
			reason: d.reason,
			recordedAt: d.createdAt.toISOString()
		})),
		accessLog: log.map((l) => ({ at: l.at.toISOString(), action: l.action }))
	};
}
