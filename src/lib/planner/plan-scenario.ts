import { placesFor } from './erlang.ts';
import type { ScenarioInput } from './scenario-input.ts';

/** Hours in a week: one post staffed around the clock. */
export const HOURS_PER_WEEK = 168;

export interface ScenarioResult {
	offeredLoad: number;
	places: number;
	noPlaceProbability: number;
	occupancy: number;
	homes: number;
	carersOnDutyPerHome: number;
	ftePerHome: number;
	fteTotal: number;
	costPerYear: number;
	costPerOccupiedDay: number;
}

/** Places, homes, carers, FTE and cost for a region's small-scale offer (contracts.md, contract 2). */
export function planScenario(input: ScenarioInput): ScenarioResult {
	const offeredLoad = (input.arrivalsPerYear * input.averageStayDays) / 365;
	const { places, probability } = placesFor(offeredLoad, input.maxNoPlaceProbability);
	// The load actually carried: arrivals that found a place, times their stay.
	const carriedLoad = offeredLoad * (1 - probability);
	const homes = Math.ceil(places / input.groupSize);
	const carersOnDutyPerHome = Math.ceil(input.groupSize / input.ratio);
	const ftePerHome = (carersOnDutyPerHome * HOURS_PER_WEEK) / (input.hoursPerFte * input.rosterableShare);
	const fteTotal = homes * ftePerHome;
	const costPerYear =
		fteTotal * input.costPerFtePerYear + homes * input.groupSize * input.otherCostPerPlacePerYear;
	return {
		offeredLoad,
		places,
		noPlaceProbability: probability,
		occupancy: carriedLoad / places,
		homes,
		carersOnDutyPerHome,
		ftePerHome,
		fteTotal,
		costPerYear,
		costPerOccupiedDay: costPerYear / (carriedLoad * 365)
	};
}
