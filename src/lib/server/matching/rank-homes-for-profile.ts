import { rankHomes } from '../../matching/rank-homes.ts';
import type { Actor } from '../accounts/actor.ts';
import { findProfileFor } from './access.ts';
import { writeAudit } from './audit.ts';
import { loadGroupHomes, matchingHomeOf, matchingRulesOf, matchingYouthOf } from './matching-data.ts';
import { todayOf } from './profile-view.ts';

/** One home in a youth's ranking, with its name. */
export interface RankedHome {
	homeId: string;
	name: string;
	feasible: boolean;
	score: number | null;
	reasons: string[];
}

/** The organisation's homes ranked for one profile (published model); incomplete homes apart. */
export async function rankHomesForProfile(
	actor: Actor | null | undefined,
	options: { profileId: string; now?: Date }
): Promise<{ ranking: RankedHome[]; incomplete: { id: string; name: string }[] }> {
	const { row, actor: known } = await findProfileFor(actor, options.profileId);
	const today = todayOf(options.now ?? new Date());
	const homes = await loadGroupHomes(row.organizationId);
	const complete = homes.filter((h) => h.isComplete);
	const names = new Map(homes.map((h) => [h.id, h.name]));
	const { ranking } = rankHomes({
		youth: matchingYouthOf(row, today),
		homes: complete.map((h) =>
			matchingHomeOf({ ...h, residents: h.residents.filter((r) => r.id !== row.id) }, today)
		),
		rules: await matchingRulesOf(row.organizationId)
	});
	await writeAudit({
		organizationId: row.organizationId,
		actor: known,
		action: 'rank',
		profile: { id: row.id, code: row.code }
	});
	return {
		ranking: ranking.map((r) => ({ ...r, name: names.get(r.homeId) ?? r.homeId })),
		incomplete: homes.filter((h) => !h.isComplete).map((h) => ({ id: h.id, name: h.name }))
	};
}
