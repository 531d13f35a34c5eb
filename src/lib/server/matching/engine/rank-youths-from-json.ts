import { rankYouthsInputSchema } from '../../../matching/matching-input.ts';
import { rankYouths, type YouthRanking } from '../../../matching/rank-youths.ts';
import { parseInput } from '../../validation.ts';

/** rank-youths (matching.md) for untrusted JSON: validates (Dutch field errors) and ranks. No database. */
export function rankYouthsFromJson(input: unknown): { ranking: YouthRanking[] } {
	return rankYouths(parseInput(rankYouthsInputSchema, input));
}
