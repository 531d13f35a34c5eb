import { z } from 'zod';
import { m } from '../i18n/nl.ts';
import { HOURS_PER_WEEK, type ScenarioResult } from './plan-scenario.ts';
import type { ScenarioInput } from './scenario-input.ts';

const t = m.planner.transition.errors;

/** Today's residential groups (leefgroepen), the starting point of the move. */
export const currentGroupsSchema = z.object({
	groups: z.number(t.groups).int(t.groups).min(1, t.groups),
	groupSize: z.number(t.groupSize).int(t.groupSize).min(1, t.groupSize).max(30, t.groupSize),
	carersOnDuty: z.number(t.carersOnDuty).int(t.carersOnDuty).min(1, t.carersOnDuty)
});

export type CurrentGroups = z.output<typeof currentGroupsSchema>;

export interface Capacity {
	places: number;
	homes: number;
	fteTotal: number;
	costPerYear: number;
}

export interface Transition {
	current: Capacity;
	scenario: Capacity;
	/** scenario − current. */
	difference: Capacity;
}

/**
 * From today's groups to the small-scale scenario. Today is costed with the scenario's own
 * assumptions (hours per FTE, rosterable share, costs), so only the way of living differs.
 */
export function planTransition(
	current: CurrentGroups,
	input: ScenarioInput,
	result: ScenarioResult
): Transition {
	const places = current.groups * current.groupSize;
	const fteTotal =
		(current.groups * current.carersOnDuty * HOURS_PER_WEEK) / (input.hoursPerFte * input.rosterableShare);
	const now: Capacity = {
		places,
		homes: current.groups,
		fteTotal,
		costPerYear: fteTotal * input.costPerFtePerYear + places * input.otherCostPerPlacePerYear
	};
	const scenario: Capacity = {
		places: result.places,
		homes: result.homes,
		fteTotal: result.fteTotal,
		costPerYear: result.costPerYear
	};
	return {
		current: now,
		scenario,
		difference: {
			places: scenario.places - now.places,
			homes: scenario.homes - now.homes,
			fteTotal: scenario.fteTotal - now.fteTotal,
			costPerYear: scenario.costPerYear - now.costPerYear
		}
	};
}
