import { and, eq, isNotNull } from 'drizzle-orm';
import { getDb, schema } from '../db/index.ts';
import { writeAudit } from './audit.ts';
import { addDays, todayOf } from './profile-view.ts';
import { DEFAULT_RETENTION_DAYS } from './settings.ts';

/**
 * The scheduled retention job: deletes the profiles of youths who left more than the
 * organisation's retention period ago (default 90 days), with their decisions, and writes one
 * audit line per deleted profile. Profiles that wait or are placed are never touched. Safe to run
 * again: a second run finds nothing left to delete.
 */
export async function deleteExpiredProfiles(
	_payload: Record<string, unknown> = {},
	context: { now: Date } = { now: new Date() }
): Promise<{ deleted: number }> {
	const today = todayOf(context.now);
	const left = await getDb()
		.select({ profile: schema.youthProfile, retentionDays: schema.matchingSettings.retentionDays })
		.from(schema.youthProfile)
		.leftJoin(
			schema.matchingSettings,
			eq(schema.matchingSettings.organizationId, schema.youthProfile.organizationId)
		)
		.where(and(eq(schema.youthProfile.status, 'left'), isNotNull(schema.youthProfile.leftSince)));
	let deleted = 0;
	for (const { profile, retentionDays } of left) {
		const deleteOn = addDays(profile.leftSince!, retentionDays ?? DEFAULT_RETENTION_DAYS);
		if (deleteOn > today) continue;
		await getDb().transaction(async (tx) => {
			const gone = await tx
				.delete(schema.youthProfile)
				.where(and(eq(schema.youthProfile.id, profile.id), eq(schema.youthProfile.status, 'left')))
				.returning({ id: schema.youthProfile.id });
			if (gone.length === 0) return;
			deleted += 1;
			await writeAudit(
				{
					organizationId: profile.organizationId,
					actor: null,
					action: 'retention-delete',
					profile: { id: profile.id, code: profile.code },
					detail: `vertrokken op ${profile.leftSince}`
				},
				tx
			);
		});
	}
	return { deleted };
}
