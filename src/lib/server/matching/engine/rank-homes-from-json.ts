import { rankHomesInputSchema } from '../../../matching/matching-input.ts';
import { rankHomes, type HomeRanking } from '../../../matching/rank-homes.ts';
import { parseInput } from '../../validation.ts';

/** rank-homes (matching.md) for untrusted JSON: validates (Dutch field errors) and ranks. No database. */
export function rankHomesFromJson(input: unknown): { ranking: HomeRanking[] } {
	return rankHomes(parseInput(rankHomesInputSchema, input));
}
