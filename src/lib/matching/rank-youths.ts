import { explainFit } from './explain-fit.ts';
import type { RankYouthsInput } from './matching-input.ts';
import { compareRanked } from './rank-homes.ts';

/** One youth in the ranking for a home's vacancy (matching.md, rank-youths). */
export interface YouthRanking {
	youthId: string;
	feasible: boolean;
	score: number | null;
	reasons: string[];
}

/** Ranks every youth for one home: feasible first by score (desc), ties and infeasible by id. */
export function rankYouths(input: RankYouthsInput): { ranking: YouthRanking[] } {
	const entries = input.youths.map((youth) => {
		const fit = explainFit(youth, input.home, input.rules);
		return { youthId: youth.id, feasible: fit.isFeasible, score: fit.score, reasons: fit.reasons };
	});
	return { ranking: entries.sort(compareRanked((entry) => entry.youthId)) };
}
