import { z } from 'zod';
import { scenarioInputSchema } from '../../planner/scenario-input.ts';
import type { ApiModule } from '../api/openapi.ts';

const n = (description: string) => z.number().describe(description);

/** The output of contract 2, for the API description (full precision; the UI rounds). */
export const scenarioResultSchema = z
	.object({
		offeredLoad: n(
			'A = arrivalsPerYear × averageStayDays / 365: youths needing a place at the same time, on average'
		),
		places: z.number().int().describe('The smallest whole c ≥ 1 with ErlangB(c, A) ≤ maxNoPlaceProbability'),
		noPlaceProbability: n('ErlangB(places, A): the chance an arriving youth finds no free place'),
		occupancy: n('A × (1 − ErlangB) / places'),
		homes: z.number().int().describe('⌈places / groupSize⌉'),
		carersOnDutyPerHome: z.number().int().describe('⌈groupSize / ratio⌉'),
		ftePerHome: n('carersOnDutyPerHome × 168 / (hoursPerFte × rosterableShare)'),
		fteTotal: n('homes × ftePerHome'),
		costPerYear: n('fteTotal × costPerFtePerYear + homes × groupSize × otherCostPerPlacePerYear'),
		costPerOccupiedDay: n('costPerYear / (A × (1 − ErlangB) × 365)')
	})
	.meta({ id: 'ScenarioResult' });

/** The omslagplanner's part of the API description. */
export const plannerApi: ApiModule = {
	name: 'planner',
	description: 'Omslagplanner: places, homes, staff and cost of a small-scale scenario (contract 2)',
	operations: [
		{
			method: 'post',
			path: '/api/v1/planner/scenario',
			operationId: 'planScenario',
			summary: 'Plan places (Erlang B), homes, FTE and cost for one scenario (no login needed)',
			requestBody: scenarioInputSchema.meta({ id: 'ScenarioInput' }),
			response: { description: 'The planned scenario, full precision', schema: scenarioResultSchema },
			problems: [415]
		}
	]
};
