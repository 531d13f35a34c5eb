import { format, m } from '../i18n/nl.ts';
import type { AssignModel } from './assign-model.ts';
import type { AssignInput, MatchingYouth } from './matching-input.ts';
import {
	checkConstraints,
	formatPoints,
	isIncompatiblePair,
	ownTerms,
	pairTerms,
	sumPoints
} from './score.ts';

const text = m.matching.engine;

/** One placed youth in the assign output (matching.md). */
export interface Assignment {
	youthId: string;
	homeId: string;
	/** Own terms + pairs with residents + half of each pair with another newly placed youth. */
	score: number;
	reasons: string[];
}

/** One youth left unplaced, with the Dutch reason. */
export interface Unplaced {
	youthId: string;
	reason: string;
}

/** The output of assign (matching.md). */
export interface AssignResult {
	assignments: Assignment[];
	unplaced: Unplaced[];
	objective: number;
	bound: number;
	optimal: boolean;
	seconds: number;
}

const byId = (a: { youthId: string }, b: { youthId: string }) =>
	a.youthId < b.youthId ? -1 : a.youthId > b.youthId ? 1 : 0;

/**
 * Scores an assignment (home index per youth, −1 = unplaced) straight from the published model,
 * with reasons; the scores add up to the objective (halves of new pairs are exact in binary).
 */
export function describeAssignment(
	input: AssignInput,
	model: AssignModel,
	homeOf: number[],
	isProvenOptimal: boolean
): { assignments: Assignment[]; unplaced: Unplaced[]; objective: number } {
	const { homes, youths, rules } = input;
	const newByHome: number[][] = homes.map(() => []);
	homeOf.forEach((h, y) => {
		if (h >= 0) newByHome[h]!.push(y);
	});
	const assignments: Assignment[] = [];
	const unplaced: Unplaced[] = [];
	youths.forEach((youth, y) => {
		const h = homeOf[y] ?? -1;
		if (h < 0) {
			unplaced.push({ youthId: youth.id, reason: unplacedReason(model, y, isProvenOptimal) });
			return;
		}
		const home = homes[h]!;
		const own = ownTerms(youth, home, rules);
		const withResidents = home.residents.flatMap((resident) => pairTerms(youth, resident, rules));
		const reasons = [...own, ...withResidents].map((term) => term.line);
		let score = sumPoints(own) + sumPoints(withResidents);
		for (const other of newByHome[h]!) {
			if (other === y) continue;
			for (const term of pairTerms(youth, youths[other]!, rules)) {
				score += term.points / 2;
				reasons.push(
					`${term.line} ${format(text.terms.halfCounts, { points: formatPoints(term.points / 2) })}`
				);
			}
		}
		assignments.push({ youthId: youth.id, homeId: home.id, score, reasons });
	});
	assignments.sort(byId);
	unplaced.sort(byId);
	return { assignments, unplaced, objective: assignments.reduce((sum, a) => sum + a.score, 0) };
}

function unplacedReason(model: AssignModel, y: number, isProvenOptimal: boolean): string {
	if (model.hasFeasibleHome[y] !== true) return text.assign.noFeasibleHome;
	if ((model.byYouth[y]?.length ?? 0) === 0) return text.assign.noPositiveScore;
	return isProvenOptimal ? text.assign.notChosen : text.assign.timeLimit;
}

/**
 * Whether an assignment keeps every hard constraint of matching.md, checked from the input
 * (not from the model), so a solver answer is never trusted blindly.
 */
export function isFeasibleAssignment(input: AssignInput, homeOf: number[]): boolean {
	const { homes, youths, rules } = input;
	const newByHome: MatchingYouth[][] = homes.map(() => []);
	homeOf.forEach((h, y) => {
		const youth = youths[y];
		if (h >= 0 && youth) newByHome[h]?.push(youth);
	});
	return homes.every((home, h) => {
		const group = newByHome[h] ?? [];
		if (group.length === 0) return true;
		if (home.residents.length + group.length > home.places) return false;
		// Constraints 2–5 per youth against the residents; places and intensity for the group below.
		const isEachAllowed = group.every((youth) =>
			checkConstraints(youth, home, rules).every(
				(check) => check.isMet || check.constraint === 'places' || check.constraint === 'intensity'
			)
		);
		if (!isEachAllowed) return false;
		const isPairwiseCompatible = group.every((youth, i) =>
			group.slice(i + 1).every((other) => !isIncompatiblePair(youth, other, rules))
		);
		if (!isPairwiseCompatible) return false;
		const total = [...home.residents, ...group].reduce((sum, person) => sum + person.intensity, 0);
		return home.maxIntensity === undefined || total <= home.maxIntensity;
	});
}
