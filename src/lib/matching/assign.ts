import { formulateAssignment, type AssignFormulation } from './assign-formulation.ts';
import { buildAssignModel, type AssignModel } from './assign-model.ts';
import { describeAssignment, isFeasibleAssignment, type AssignResult } from './describe-assignment.ts';
import { greedyAssign } from './greedy-assign.ts';
import { improveAssignment } from './improve-assignment.ts';
import type { AssignInput } from './matching-input.ts';
import { loadHighs, solveMip, type MipOutcome } from './solve-mip.ts';

export type { AssignResult, Assignment, Unplaced } from './describe-assignment.ts';

/** Added to HiGHS's bound before flooring (its numbers carry a tolerance; see solve-mip.ts). */
const boundMargin = 0.01;

/** Options of assign; the time limit overrides the input's `timeLimitSeconds`. */
export interface AssignOptions {
	timeLimitSeconds?: number;
}

/** Everything the solver needs, prepared before it starts (also by the worker's caller). */
export interface PreparedAssignment {
	model: AssignModel;
	/** The start: greedy, then improved by local search (chosen candidate per youth). */
	greedy: number[];
	/** Null when the greedy start already meets the bound: nothing left to solve. */
	formulation: AssignFormulation | null;
}

/** Builds the model, the greedy start and (when needed) the MIP formulation. */
export function prepareAssignment(input: AssignInput): PreparedAssignment {
	const model = buildAssignModel(input);
	const greedy = improveAssignment(model, greedyAssign(model));
	const isDone = objectiveOfChosen(input, model, greedy) >= model.trivialBound;
	return { model, greedy, formulation: isDone ? null : formulateAssignment(model) };
}

/**
 * The best assignment of waiting youths to free places with a proven upper bound (matching.md),
 * solved with HiGHS in this thread. Servers use assignInWorker (src/lib/server/matching/engine)
 * so the request thread stays free. Reads the clock only to report `seconds`.
 */
export async function assign(input: AssignInput, options: AssignOptions = {}): Promise<AssignResult> {
	const started = performance.now();
	const timeLimitSeconds = options.timeLimitSeconds ?? input.timeLimitSeconds;
	const prepared = prepareAssignment(input);
	let outcome: MipOutcome = { columns: null, dualBound: null, isOptimal: false };
	if (prepared.formulation) {
		const highs = await loadHighs();
		const remaining = timeLimitSeconds - (performance.now() - started) / 1000;
		outcome = solveMip(highs, prepared.formulation, prepared.formulation.encode(prepared.greedy), remaining);
	}
	return finishAssignment(input, prepared, outcome, (performance.now() - started) / 1000);
}

/**
 * Turns the best solver answer (or the greedy start when the solver found nothing better or
 * nothing valid) into the published output; the bound is floored (the objective is an integer)
 * and never below the objective; `optimal` exactly when they are equal.
 */
export function finishAssignment(
	input: AssignInput,
	prepared: PreparedAssignment,
	outcome: MipOutcome,
	seconds: number
): AssignResult {
	const { model, greedy, formulation } = prepared;
	let chosen = greedy;
	let objective = objectiveOfChosen(input, model, greedy);
	const fromSolver = outcome.columns && formulation ? formulation.decode(outcome.columns) : null;
	if (fromSolver) {
		const solverObjective = objectiveOfChosen(input, model, fromSolver);
		if (solverObjective >= objective) [chosen, objective] = [fromSolver, solverObjective];
	}
	let bound = model.trivialBound;
	// HiGHS works to a tolerance: the margin keeps a bound of 7438.995 for a true 7439 at 7439,
	// and the solver stops at a gap below 1 − margin, so a proof still floors to the objective.
	if (outcome.dualBound !== null) bound = Math.min(bound, Math.floor(outcome.dualBound + boundMargin));
	bound = Math.max(bound, objective);
	const homeOf = chosen.map((c) => model.candidates[c]?.home ?? -1);
	const described = describeAssignment(input, model, homeOf, objective === bound);
	return {
		...described,
		bound,
		optimal: described.objective === bound,
		seconds: Math.round(seconds * 1000) / 1000
	};
}

/** The objective of a chosen candidate per youth, or −Infinity when it is not feasible. */
function objectiveOfChosen(input: AssignInput, model: AssignModel, chosen: number[]): number {
	const homeOf = chosen.map((c) => model.candidates[c]?.home ?? -1);
	if (!isFeasibleAssignment(input, homeOf)) return -Infinity;
	return describeAssignment(input, model, homeOf, true).objective;
}
