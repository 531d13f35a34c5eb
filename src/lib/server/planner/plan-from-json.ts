import { planScenario, type ScenarioResult } from '../../planner/plan-scenario.ts';
import { scenarioInputSchema } from '../../planner/scenario-input.ts';
import { parseInput } from '../validation.ts';

/**
 * Contract 2 as the API and the CLI call it: validates untrusted JSON (one Dutch message per
 * field, AppError('invalid-input')) and plans the scenario. Opens no database.
 */
export function planFromJson(input: unknown): ScenarioResult {
	return planScenario(parseInput(scenarioInputSchema, input));
}
