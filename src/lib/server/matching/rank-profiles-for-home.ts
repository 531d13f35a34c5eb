import { eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import { rankYouths } from '../../matching/rank-youths.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { assertMatchingAccess, requireActor } from './access.ts';
import { writeAuditForProfiles } from './audit.ts';
import { todayOf } from './profile-view.ts';
import {
	loadGroupHomes,
	loadWaitingProfiles,
	matchingHomeOf,
	matchingRulesOf,
	matchingYouthOf
} from './matching-data.ts';

/** One waiting youth in a home's ranking. */
export interface RankedProfile {
	profileId: string;
	code: string;
	feasible: boolean;
	score: number | null;
	reasons: string[];
}

/** The organisation's waiting youths ranked for a vacancy in one home; every shown profile is logged. */
export async function rankProfilesForHome(
	actor: Actor | null | undefined,
	options: { homeId: string; now?: Date }
): Promise<{
	organizationId: string;
	home: { id: string; name: string; free: number | null; isComplete: boolean };
	ranking: RankedProfile[];
}> {
	const known = requireActor(actor);
	const [owner] = await getDb()
		.select({ organizationId: schema.home.organizationId })
		.from(schema.home)
		.where(eq(schema.home.id, options.homeId));
	if (!owner) throw new AppError('not-found', m.matching.errors.homeNotFound);
	const access = await assertMatchingAccess(known, owner.organizationId);
	const today = todayOf(options.now ?? new Date());
	const [home] = await loadGroupHomes(owner.organizationId, options.homeId);
	if (!home) throw new AppError('not-found', m.matching.errors.homeNotFound);
	const summary = {
		id: home.id,
		name: home.name,
		free: home.places === null ? null : Math.max(0, home.places - home.residents.length),
		isComplete: home.isComplete
	};
	if (!home.isComplete) return { organizationId: owner.organizationId, home: summary, ranking: [] };
	const waiting = await loadWaitingProfiles(owner.organizationId);
	const byCode = new Map(waiting.map((p) => [p.code, p]));
	const { ranking } = rankYouths({
		home: matchingHomeOf(home, today),
		youths: waiting.map((p) => matchingYouthOf(p, today)),
		rules: await matchingRulesOf(owner.organizationId)
	});
	await writeAuditForProfiles(
		{ organizationId: owner.organizationId, actor: access, action: 'rank', detail: home.name },
		waiting.map((p) => ({ id: p.id, code: p.code }))
	);
	return {
		organizationId: owner.organizationId,
		home: summary,
		ranking: ranking.map((r) => ({ ...r, profileId: byCode.get(r.youthId)!.id, code: r.youthId }))
	};
}
