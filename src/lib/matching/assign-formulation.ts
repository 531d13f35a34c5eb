import { buildAssignMip, buildBoundLp, type AssignMip, type AssignModel } from './assign-model.ts';

/** A MIP for the assignment plus the translation between its columns and placements. */
export interface AssignFormulation {
	mip: AssignMip;
	/** The LP relaxation without pair terms: a quick upper bound (see buildBoundLp). */
	boundLp: AssignMip;
	/** The chosen candidate per youth (−1 = unplaced) from solver columns; null if inconsistent. */
	decode: (columns: ArrayLike<number>) => number[] | null;
	/** Solver columns for a chosen candidate per youth (a start solution). */
	encode: (chosen: number[]) => number[];
}

/**
 * The MIP of the assignment: one binary per candidate placement, pair terms linearised
 * (see buildAssignMip). A set-packing model over whole home groups has a tighter LP but
 * tens of thousands of columns on a region-sized instance, which HiGHS (WebAssembly)
 * handled far more slowly; see docs/decisions/0013-matching-solver.md.
 */
export function formulateAssignment(model: AssignModel): AssignFormulation {
	const mip = buildAssignMip(model);
	const candidateCount = model.candidates.length;
	return {
		mip,
		boundLp: buildBoundLp(model),
		decode: (columns) => {
			const chosen = model.byYouth.map(() => -1);
			for (let c = 0; c < candidateCount; c++) {
				if ((columns[c] ?? 0) <= 0.5) continue;
				const youth = model.candidates[c]!.youth;
				if (chosen[youth] !== -1) return null;
				chosen[youth] = c;
			}
			return chosen;
		},
		encode: (chosen) => {
			const columns = new Array<number>(mip.numCols).fill(0);
			for (const c of chosen) if (c >= 0) columns[c] = 1;
			model.pairs.forEach((pair, p) => {
				columns[candidateCount + p] = columns[pair.first] === 1 && columns[pair.second] === 1 ? 1 : 0;
			});
			return columns;
		}
	};
}
