import { format, m } from '../i18n/nl.ts';
import type { MatchingHome, MatchingRules, MatchingYouth } from './matching-input.ts';
import {
	checkConstraints,
	incompatibleNeeds,
	ownTerms,
	pairTerms,
	sumPoints,
	type ConstraintCheck,
	type ScoreTerm
} from './score.ts';

/** The fit with one resident: the pair terms and whether the two may live together at all. */
export interface ResidentFit {
	residentId: string;
	/** False when the two form an incompatible pair (hard constraint 5). */
	isCompatible: boolean;
	terms: ScoreTerm[];
	/** Sum of the pair terms (≤ 0). */
	points: number;
	/** Dutch lines: the pair terms, or one line saying there is no deduction. */
	lines: string[];
}

/** Why a youth does or does not fit a home, term by term ("past deze jongere?"). */
export interface FitExplanation {
	youthId: string;
	homeId: string;
	isFeasible: boolean;
	/** Every hard constraint for placing this youth alone, met or broken. */
	constraints: ConstraintCheck[];
	ownTerms: ScoreTerm[];
	ownPoints: number;
	residents: ResidentFit[];
	pairPoints: number;
	/** Own terms plus the pairs with the residents; null when a hard constraint is broken. */
	score: number | null;
	/** The Dutch lines of the rankings: every term when feasible, else every broken constraint. */
	reasons: string[];
}

/** Explains the fit of one youth with one home and each of its residents (matching.md model). */
export function explainFit(youth: MatchingYouth, home: MatchingHome, rules: MatchingRules): FitExplanation {
	const constraints = checkConstraints(youth, home, rules);
	const isFeasible = constraints.every((check) => check.isMet);
	const own = ownTerms(youth, home, rules);
	const residents = home.residents.map((resident): ResidentFit => {
		const terms = pairTerms(youth, resident, rules);
		const isCompatible = incompatibleNeeds(youth, resident, rules) === null;
		return {
			residentId: resident.id,
			isCompatible,
			terms,
			points: sumPoints(terms),
			lines:
				terms.length > 0
					? terms.map((term) => term.line)
					: [format(m.matching.engine.terms.pairNone, { other: resident.id })]
		};
	});
	const ownPoints = sumPoints(own);
	const pairPoints = residents.reduce((sum, resident) => sum + resident.points, 0);
	const reasons = isFeasible
		? [
				...own.map((term) => term.line),
				...residents.flatMap((resident) => resident.terms.map((term) => term.line))
			]
		: constraints.filter((check) => !check.isMet).map((check) => check.line);
	return {
		youthId: youth.id,
		homeId: home.id,
		isFeasible,
		constraints,
		ownTerms: own,
		ownPoints,
		residents,
		pairPoints,
		score: isFeasible ? ownPoints + pairPoints : null,
		reasons
	};
}
