import { explainFit } from './explain-fit.ts';
import type { RankHomesInput } from './matching-input.ts';

/** One home in the ranking for a youth (matching.md, rank-homes). */
export interface HomeRanking {
	homeId: string;
	feasible: boolean;
	score: number | null;
	reasons: string[];
}

/** Ranks every home for one youth: feasible first by score (desc), ties and infeasible by id. */
export function rankHomes(input: RankHomesInput): { ranking: HomeRanking[] } {
	const entries = input.homes.map((home) => {
		const fit = explainFit(input.youth, home, input.rules);
		return { homeId: home.id, feasible: fit.isFeasible, score: fit.score, reasons: fit.reasons };
	});
	return { ranking: entries.sort(compareRanked((entry) => entry.homeId)) };
}

/** Order of the rankings: feasible before infeasible, higher score first, then id in code-unit order. */
export function compareRanked<T extends { feasible: boolean; score: number | null }>(
	idOf: (entry: T) => string
) {
	return (a: T, b: T): number => {
		if (a.feasible !== b.feasible) return a.feasible ? -1 : 1;
		if (a.feasible && a.score !== b.score) return (b.score ?? 0) - (a.score ?? 0);
		const [idA, idB] = [idOf(a), idOf(b)];
		return idA < idB ? -1 : idA > idB ? 1 : 0;
	};
}
