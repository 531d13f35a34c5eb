import { z } from 'zod';
import { m } from '../i18n/nl.ts';

const t = m.planner.input;
const positive = (message: string) => z.number(message).finite(message).gt(0, message);
const nonNegative = (message: string) => z.number(message).finite(message).min(0, message);

/** Input of contract 2 (omslagplanner), with the published defaults. */
export const scenarioInputSchema = z.object(
	{
		arrivalsPerYear: positive(t.arrivalsPerYear),
		averageStayDays: positive(t.averageStayDays),
		maxNoPlaceProbability: positive(t.maxNoPlaceProbability).lt(1, t.maxNoPlaceProbability).default(0.05),
		groupSize: z.number(t.groupSize).int(t.groupSize).min(1, t.groupSize).max(6, t.groupSize).default(4),
		ratio: z.number(t.ratio).int(t.ratio).min(1, t.ratio).default(4),
		hoursPerFte: positive(t.hoursPerFte).default(36),
		rosterableShare: positive(t.rosterableShare).max(1, t.rosterableShare).default(0.8),
		costPerFtePerYear: nonNegative(t.costPerFtePerYear).default(75000),
		otherCostPerPlacePerYear: nonNegative(t.otherCostPerPlacePerYear).default(30000)
	},
	t.object
);

export type ScenarioInput = z.output<typeof scenarioInputSchema>;
