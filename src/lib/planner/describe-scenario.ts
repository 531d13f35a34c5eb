import { layoutNoPlaceChart, type ChartGeometry } from './no-place-chart.ts';
import { noPlaceCurve, type CurvePoint } from './no-place-curve.ts';
import { planScenario, type ScenarioResult } from './plan-scenario.ts';
import { planTransition, type CurrentGroups, type Transition } from './plan-transition.ts';
import type { ScenarioInput } from './scenario-input.ts';

/** One scenario as every view shows it: name, input, result, curve, chart and transition. */
export interface ScenarioView {
	name: string;
	input: ScenarioInput;
	result: ScenarioResult;
	curve: CurvePoint[];
	chart: ChartGeometry;
	transition?: Transition;
}

/** Plans a scenario and prepares everything its views need. */
export function describeScenario(name: string, input: ScenarioInput, current?: CurrentGroups): ScenarioView {
	const result = planScenario(input);
	const curve = noPlaceCurve(result.offeredLoad, result.places);
	const chart = layoutNoPlaceChart(
		curve,
		{ places: result.places, probability: result.noPlaceProbability },
		input.maxNoPlaceProbability
	);
	return {
		name,
		input,
		result,
		curve,
		chart,
		...(current ? { transition: planTransition(current, input, result) } : {})
	};
}
