import { z } from 'zod';
import {
	assignInputSchema,
	rankHomesInputSchema,
	rankYouthsInputSchema
} from '../../../matching/matching-input.ts';
import type { ApiModule } from '../../api/openapi.ts';

const reasons = z
	.array(z.string())
	.describe('Dutch lines: one per score term, or one per broken hard constraint');
const score = z
	.number()
	.int()
	.nullable()
	.describe('Own terms plus pairs with the residents; null when infeasible');

const homeRankingSchema = z
	.object({ homeId: z.string(), feasible: z.boolean(), score, reasons })
	.meta({ id: 'HomeRanking' });
const youthRankingSchema = z
	.object({ youthId: z.string(), feasible: z.boolean(), score, reasons })
	.meta({ id: 'YouthRanking' });

/** The output of assign (matching.md), for the API description. */
export const assignResultSchema = z
	.object({
		assignments: z
			.array(
				z.object({
					youthId: z.string(),
					homeId: z.string(),
					score: z
						.number()
						.describe(
							'Own terms + pairs with residents + half of each pair with another new youth (may end in .5)'
						),
					reasons
				})
			)
			.describe('Ordered by youth id'),
		unplaced: z.array(z.object({ youthId: z.string(), reason: z.string() })),
		objective: z.number().int().describe('Sum of the scores: the objective of the published model'),
		bound: z.number().int().describe('Proven upper bound on the best objective'),
		optimal: z.boolean().describe('True exactly when objective = bound'),
		seconds: z.number()
	})
	.meta({ id: 'AssignResult' });

/** The matching engine's part of the API description (docs: matching.md). */
export const matchingEngineApi: ApiModule = {
	name: 'matching',
	description: 'Matching engine: rankings and a provably optimal assignment by the published scoring model',
	operations: [
		{
			method: 'post',
			path: '/api/v1/matching/rank-homes',
			operationId: 'rankHomes',
			summary:
				'Every home for one youth: feasible ones by score, then the infeasible ones (members of an organisation)',
			requestBody: rankHomesInputSchema.meta({ id: 'RankHomesInput' }),
			response: { description: 'The ranking', schema: z.object({ ranking: z.array(homeRankingSchema) }) },
			problems: [401, 403, 415],
			requiresLogin: true
		},
		{
			method: 'post',
			path: '/api/v1/matching/rank-youths',
			operationId: 'rankYouths',
			summary:
				'Every youth for one vacancy: feasible ones by score, then the infeasible ones (members of an organisation)',
			requestBody: rankYouthsInputSchema.meta({ id: 'RankYouthsInput' }),
			response: { description: 'The ranking', schema: z.object({ ranking: z.array(youthRankingSchema) }) },
			problems: [401, 403, 415],
			requiresLogin: true
		},
		{
			method: 'post',
			path: '/api/v1/matching/assign',
			operationId: 'assignYouths',
			summary:
				'The best assignment of waiting youths to free places, with a proven bound, within timeLimitSeconds',
			requestBody: assignInputSchema.meta({ id: 'AssignInput' }),
			response: { description: 'The assignment', schema: assignResultSchema },
			problems: [401, 403, 415],
			requiresLogin: true
		}
	]
};
