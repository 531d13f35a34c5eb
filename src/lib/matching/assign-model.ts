import type { AssignInput } from './matching-input.ts';
import { fitsHomeAlone, isIncompatiblePair, ownScore, pairScore } from './score.ts';

/** A possible placement of one youth in one home that can add to the objective. */
export interface Candidate {
	youth: number;
	home: number;
	/** Own terms plus the pair terms with the home's residents. */
	value: number;
	/** The youth's care intensity (constraint 6). */
	intensity: number;
}

/** Two candidates in the same home with a non-zero pair term. */
export interface CandidatePair {
	first: number;
	second: number;
	/** The pair term (< 0). */
	weight: number;
}

/** The assignment problem reduced to what the solver needs; indices point into the input lists. */
export interface AssignModel {
	candidates: Candidate[];
	/** Candidates per home, as indices into `candidates`. */
	byHome: number[][];
	/** Candidates per youth, as indices into `candidates`. */
	byYouth: number[][];
	/** Free places per home (places − residents, at least 0). */
	free: number[];
	/** Intensity still allowed per home (Infinity without maxIntensity). */
	intensityRoom: number[];
	/** Pairs of candidates that may not live together (constraint 5). */
	conflicts: [number, number][];
	pairs: CandidatePair[];
	/** Per youth: whether some home takes it alone by the hard constraints (for the reasons). */
	hasFeasibleHome: boolean[];
	/** Sum over youths of their best candidate value: a bound without any solver. */
	trivialBound: number;
}

/**
 * Builds the candidates (youth, home) that may be part of an optimal assignment and the pair
 * structure among them. A placement whose value (own terms plus pairs with residents) is ≤ 0
 * is left out: pair terms between new youths are ≤ 0, so leaving such a youth unplaced never
 * lowers the objective and never breaks a constraint (all constraints are "at most" ones).
 */
export function buildAssignModel(input: AssignInput): AssignModel {
	const { homes, youths, rules } = input;
	const candidates: Candidate[] = [];
	const byHome: number[][] = homes.map(() => []);
	const byYouth: number[][] = youths.map(() => []);
	const free = homes.map((home) => Math.max(0, home.places - home.residents.length));
	const intensityRoom = homes.map((home) =>
		home.maxIntensity === undefined
			? Infinity
			: home.maxIntensity - home.residents.reduce((sum, r) => sum + r.intensity, 0)
	);
	const hasFeasibleHome = youths.map(() => false);
	homes.forEach((home, h) => {
		if (free[h]! < 1) return;
		youths.forEach((youth, y) => {
			if (!fitsHomeAlone(youth, home) || youth.intensity > intensityRoom[h]!) return;
			if (home.residents.some((resident) => isIncompatiblePair(youth, resident, rules))) return;
			hasFeasibleHome[y] = true;
			const value =
				ownScore(youth, home, rules) +
				home.residents.reduce((sum, resident) => sum + pairScore(youth, resident, rules), 0);
			if (value <= 0) return;
			byHome[h]!.push(candidates.length);
			byYouth[y]!.push(candidates.length);
			candidates.push({ youth: y, home: h, value, intensity: youth.intensity });
		});
	});
	const conflicts: [number, number][] = [];
	const pairs: CandidatePair[] = [];
	byHome.forEach((list, h) => {
		if (free[h]! < 2) return;
		for (let i = 0; i < list.length; i++) {
			const first = youths[candidates[list[i]!]!.youth]!;
			for (let j = i + 1; j < list.length; j++) {
				const second = youths[candidates[list[j]!]!.youth]!;
				if (
					first.intensity + second.intensity > intensityRoom[h]! ||
					isIncompatiblePair(first, second, rules)
				) {
					conflicts.push([list[i]!, list[j]!]);
					continue;
				}
				const weight = pairScore(first, second, rules);
				if (weight !== 0) pairs.push({ first: list[i]!, second: list[j]!, weight });
			}
		}
	});
	const trivialBound = byYouth.reduce(
		(sum, list) => sum + list.reduce((best, c) => Math.max(best, candidates[c]!.value), 0),
		0
	);
	return {
		candidates,
		byHome,
		byYouth,
		free,
		intensityRoom,
		conflicts,
		pairs,
		hasFeasibleHome,
		trivialBound
	};
}

/** The MIP in plain arrays (CSR rows), ready for HiGHS in this thread or in a worker. */
export interface AssignMip {
	numCols: number;
	numRows: number;
	colCost: number[];
	colLower: number[];
	colUpper: number[];
	rowLower: number[];
	rowUpper: number[];
	starts: number[];
	indices: number[];
	values: number[];
	/** 1 for the binary placement columns, 0 for the continuous pair columns. */
	integrality: number[];
}

/**
 * The MIP: maximise Σ value·x + Σ weight·z with x binary per candidate and z ≥ x₁ + x₂ − 1 per
 * pair (z continuous in [0, 1]: its cost is negative, so it sits at max(0, x₁ + x₂ − 1)); one
 * home per youth; free places and intensity room per home; conflicting candidates exclusive.
 */
export function buildAssignMip(model: AssignModel): AssignMip {
	return buildMip(model, false);
}

/**
 * A quick upper bound as an LP: the MIP without pair terms (all ≤ 0) and conflicts, and with x
 * continuous; left are one home per youth, free places and intensity room (a transportation
 * problem with knapsack rows). Solved first, so a run stopped by its time limit while the MIP is
 * still in presolve has a better bound than Σ best value per youth.
 */
export function buildBoundLp(model: AssignModel): AssignMip {
	return buildMip(model, true);
}

function buildMip(model: AssignModel, isRelaxed: boolean): AssignMip {
	const pairs = isRelaxed ? [] : model.pairs;
	const colCost = [...model.candidates.map((c) => c.value), ...pairs.map((p) => p.weight)];
	const numCols = colCost.length;
	const rowLower: number[] = [];
	const rowUpper: number[] = [];
	const starts: number[] = [0];
	const indices: number[] = [];
	const values: number[] = [];
	const addRow = (entries: [number, number][], upper: number) => {
		for (const [column, coefficient] of entries) {
			indices.push(column);
			values.push(coefficient);
		}
		starts.push(indices.length);
		rowLower.push(-Infinity);
		rowUpper.push(upper);
	};
	for (const list of model.byYouth)
		if (list.length > 1)
			addRow(
				list.map((c) => [c, 1]),
				1
			);
	model.byHome.forEach((list, h) => {
		const free = model.free[h]!;
		if (list.length > free)
			addRow(
				list.map((c) => [c, 1]),
				free
			);
		const room = model.intensityRoom[h]!;
		const total = list.reduce((sum, c) => sum + model.candidates[c]!.intensity, 0);
		if (list.length > 1 && Number.isFinite(room) && total > room)
			addRow(
				list.map((c) => [c, model.candidates[c]!.intensity]),
				room
			);
	});
	for (const [first, second] of isRelaxed ? [] : model.conflicts)
		addRow(
			[
				[first, 1],
				[second, 1]
			],
			1
		);
	const offset = model.candidates.length;
	pairs.forEach((pair, p) =>
		addRow(
			[
				[pair.first, 1],
				[pair.second, 1],
				[offset + p, -1]
			],
			1
		)
	);
	return {
		numCols,
		numRows: rowUpper.length,
		colCost,
		colLower: new Array<number>(numCols).fill(0),
		colUpper: new Array<number>(numCols).fill(1),
		rowLower,
		rowUpper,
		starts,
		indices,
		values,
		integrality: [...model.candidates.map(() => (isRelaxed ? 0 : 1)), ...pairs.map(() => 0)]
	};
}

/** Lookups for the pair structure of a model: conflicts and pair weights between candidates. */
export function pairLookupOf(model: AssignModel): {
	conflictOf: (a: number, b: number) => boolean;
	weightOf: (a: number, b: number) => number;
} {
	const size = model.candidates.length;
	const key = (a: number, b: number) => (a < b ? a * size + b : b * size + a);
	const conflicts = new Set(model.conflicts.map(([a, b]) => key(a, b)));
	const weights = new Map(model.pairs.map((pair) => [key(pair.first, pair.second), pair.weight]));
	return {
		conflictOf: (a, b) => conflicts.has(key(a, b)),
		weightOf: (a, b) => weights.get(key(a, b)) ?? 0
	};
}
