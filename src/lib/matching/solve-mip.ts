import type { Highs } from 'highs';
import type { AssignMip } from './assign-model.ts';

/** What a solver run (in this thread or in a worker) reports back. */
export interface MipOutcome {
	/** Column values of the best solution found, or null when none was found. */
	columns: number[] | null;
	/** HiGHS's proven upper bound on the objective (maximisation), or null when unknown. */
	dualBound: number | null;
	/** Whether HiGHS proved optimality within its gap (< 1, the objective being an integer). */
	isOptimal: boolean;
}

/**
 * HiGHS options shared by both runners. The objective is an integer, so an absolute gap below 1
 * already proves optimality once the bound is floored; the relative gap must not stop earlier.
 */
export function highsOptionsFor(timeLimitSeconds: number): Record<string, number | boolean | string> {
	return {
		output_flag: false,
		time_limit: Math.max(0.05, timeLimitSeconds),
		mip_rel_gap: 0,
		mip_abs_gap: 0.98,
		// Measured on region-sized instances: restarting the root after presolve cost more than it
		// saved, and the LP bound is tight there, so finding the optimum (heuristics) is what takes time.
		mip_allow_restart: false,
		mip_heuristic_effort: 0.3,
		random_seed: 1
	};
}

let loading: Promise<Highs> | undefined;

/** The HiGHS WebAssembly runtime, loaded once per process (about 50 ms) on first use. */
export function loadHighs(): Promise<Highs> {
	loading ??= import('highs').then((module) => module.default());
	return loading;
}

/** The MIP as HiGHS model data (maximisation). */
function modelDataOf(highs: Highs, mip: AssignMip) {
	return {
		numCols: mip.numCols,
		numRows: mip.numRows,
		sense: highs.constants.objectiveSense.maximize,
		offset: 0,
		colCost: mip.colCost,
		colLower: mip.colLower,
		colUpper: mip.colUpper,
		rowLower: mip.rowLower,
		rowUpper: mip.rowUpper,
		matrix: {
			format: 'csr' as const,
			numRows: mip.numRows,
			numCols: mip.numCols,
			starts: mip.starts,
			indices: mip.indices,
			values: mip.values
		},
		integrality: mip.integrality as (0 | 1)[]
	};
}

/** Solves the bound LP; its optimum bounds the objective from above (null if not solved). */
function solveBoundLp(
	highs: Highs,
	boundLp: AssignMip,
	timeLimitSeconds: number
): { lpBound: number | null; lpSeconds: number } {
	const lp = highs.createModel(modelDataOf(highs, boundLp));
	try {
		lp.options.set(highsOptionsFor(timeLimitSeconds));
		const { modelStatus } = lp.run();
		const lpBound = modelStatus === highs.constants.modelStatus.optimal ? lp.getObjectiveValue() : null;
		return { lpBound, lpSeconds: lp.getRunTime() };
	} finally {
		lp.dispose();
	}
}

/**
 * Solves the assignment with HiGHS in this thread: first the bound LP (a quick bound), then the
 * MIP from a known start solution, within the time limit in total.
 */
export function solveMip(
	highs: Highs,
	problem: { mip: AssignMip; boundLp: AssignMip },
	start: number[],
	timeLimitSeconds: number
): MipOutcome {
	const { lpBound, lpSeconds } = solveBoundLp(highs, problem.boundLp, timeLimitSeconds);
	const model = highs.createModel(modelDataOf(highs, problem.mip));
	try {
		model.options.set(highsOptionsFor(timeLimitSeconds - lpSeconds));
		model.setSolution({ colValue: start });
		const { modelStatus } = model.run();
		const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
		const mipBound = Number(model.info.get('mip_dual_bound'));
		const bounds = [lpBound, Number.isFinite(mipBound) ? mipBound : null].filter(
			(b): b is number => b !== null
		);
		return {
			columns: hasSolution ? Array.from(model.getSolution().colValue) : null,
			dualBound: bounds.length > 0 ? Math.min(...bounds) : null,
			isOptimal: modelStatus === highs.constants.modelStatus.optimal
		};
	} finally {
		model.dispose();
	}
}
