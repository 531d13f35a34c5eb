import { format, m } from '../i18n/nl.ts';
import type { MatchingHome, MatchingPerson, MatchingRules, MatchingYouth } from './matching-input.ts';

const text = m.matching.engine;

/** The hard constraints of matching.md, numbered 1–6 there. */
export type ConstraintId = 'places' | 'age' | 'regime' | 'gender' | 'incompatible' | 'intensity';

/** The kinds of score terms: a youth's own terms and the pair terms. */
export type TermId =
	'placement' | 'waiting' | 'covered' | 'uncovered' | 'municipality' | 'region' | 'ageGap' | 'caution';

/** One score term with its points and the Dutch line that explains it. */
export interface ScoreTerm {
	term: TermId;
	points: number;
	line: string;
}

/** Whether one hard constraint holds, with the Dutch line that says why. */
export interface ConstraintCheck {
	constraint: ConstraintId;
	isMet: boolean;
	line: string;
}

/** Points as the reasons show them: "+10", "−4" (a real minus sign), "−1,5" for halves. */
export function formatPoints(points: number): string {
	const magnitude = Math.abs(points).toString().replace('.', ',');
	if (points > 0) return `+${magnitude}`;
	if (points < 0) return `−${magnitude}`;
	return '0';
}

/** The youth's own terms in a home (placement, waiting, needs, municipality or region). */
export function ownTerms(youth: MatchingYouth, home: MatchingHome, rules: MatchingRules): ScoreTerm[] {
	const weights = rules.weights;
	const terms: ScoreTerm[] = [];
	const add = (
		term: TermId,
		points: number,
		template: string,
		values: Record<string, string | number> = {}
	) => terms.push({ term, points, line: format(template, { ...values, points: formatPoints(points) }) });
	add('placement', weights.placement, text.terms.placement);
	const waitingPoints = Math.floor(youth.waitingDays / 30);
	if (waitingPoints > 0) add('waiting', waitingPoints, text.terms.waiting, { days: youth.waitingDays });
	const competences = new Set(home.competences);
	const covered = youth.needs.filter((need) => competences.has(need));
	const uncovered = youth.needs.filter((need) => !competences.has(need));
	if (covered.length > 0 && weights.covered > 0) {
		add('covered', weights.covered * covered.length, text.terms.covered, { needs: covered.join(', ') });
	}
	if (uncovered.length > 0 && weights.uncovered > 0) {
		add('uncovered', -weights.uncovered * uncovered.length, text.terms.uncovered, {
			needs: uncovered.join(', ')
		});
	}
	if (youth.municipality !== undefined && youth.municipality === home.municipality) {
		if (weights.municipality > 0) {
			add('municipality', weights.municipality, text.terms.municipality, {
				municipality: youth.municipality
			});
		}
	} else if (youth.region !== undefined && youth.region === home.region && weights.region > 0) {
		add('region', weights.region, text.terms.region, { region: youth.region });
	}
	return terms;
}

/** The youth's own score in a home: the sum of its own terms. */
export function ownScore(youth: MatchingYouth, home: MatchingHome, rules: MatchingRules): number {
	return sumPoints(ownTerms(youth, home, rules));
}

/** The pair terms of two youths living together, seen from `person` (lines name `other`). */
export function pairTerms(person: MatchingPerson, other: MatchingPerson, rules: MatchingRules): ScoreTerm[] {
	const terms: ScoreTerm[] = [];
	const { ageGap, ageGapFree } = rules.weights;
	const gap = Math.abs(person.age - other.age);
	const agePoints = -ageGap * Math.max(0, gap - ageGapFree);
	if (agePoints !== 0) {
		terms.push({
			term: 'ageGap',
			points: agePoints,
			line: format(text.terms.ageGap, { other: other.id, gap, points: formatPoints(agePoints) })
		});
	}
	for (const [a, b, penalty] of rules.caution) {
		const rule = matchesPair(person, other, a, b);
		if (rule && penalty !== 0) {
			terms.push({
				term: 'caution',
				points: -penalty,
				line: format(text.terms.caution, {
					other: other.id,
					a: rule[0],
					b: rule[1],
					points: formatPoints(-penalty)
				})
			});
		}
	}
	return terms;
}

/** The pair score of two youths living together (always ≤ 0). */
export function pairScore(person: MatchingPerson, other: MatchingPerson, rules: MatchingRules): number {
	let points =
		-rules.weights.ageGap * Math.max(0, Math.abs(person.age - other.age) - rules.weights.ageGapFree);
	for (const [a, b, penalty] of rules.caution) if (matchesPair(person, other, a, b)) points -= penalty;
	return points;
}

/**
 * Whether one youth has need a and the other need b, in either order; returns the needs in the
 * order (person's, other's) so a reason can name them. One youth with both needs is no pair.
 */
function matchesPair(
	person: MatchingPerson,
	other: MatchingPerson,
	a: string,
	b: string
): [string, string] | null {
	if (person.needs.includes(a) && other.needs.includes(b)) return [a, b];
	if (person.needs.includes(b) && other.needs.includes(a)) return [b, a];
	return null;
}

/** The first incompatible rule the two youths break (needs in the order person, other), or null. */
export function incompatibleNeeds(
	person: MatchingPerson,
	other: MatchingPerson,
	rules: MatchingRules
): [string, string] | null {
	for (const [a, b] of rules.incompatible) {
		const pair = matchesPair(person, other, a, b);
		if (pair) return pair;
	}
	return null;
}

/** Whether the two youths form an incompatible pair (hard constraint 5). */
export function isIncompatiblePair(
	person: MatchingPerson,
	other: MatchingPerson,
	rules: MatchingRules
): boolean {
	return incompatibleNeeds(person, other, rules) !== null;
}

/** Whether the youth may live in the home by constraints 2–4 (those that ignore the group). */
export function fitsHomeAlone(youth: MatchingYouth, home: MatchingHome): boolean {
	return (
		youth.age >= home.ageMin &&
		youth.age <= home.ageMax &&
		youth.closedAuthorisation === (home.regime === 'closed') &&
		(home.genders === undefined || home.genders.includes(youth.gender))
	);
}

/** Every hard constraint for placing this one youth in the home with its current residents. */
export function checkConstraints(
	youth: MatchingYouth,
	home: MatchingHome,
	rules: MatchingRules
): ConstraintCheck[] {
	const checks: ConstraintCheck[] = [];
	const residents = home.residents.length;
	checks.push(
		residents + 1 <= home.places
			? {
					constraint: 'places',
					isMet: true,
					line: format(text.constraintMet.places, { free: home.places - residents, places: home.places })
				}
			: {
					constraint: 'places',
					isMet: false,
					line: format(text.constraints.places, { residents, places: home.places })
				}
	);
	const ages = { age: youth.age, ageMin: home.ageMin, ageMax: home.ageMax };
	const isAgeMet = youth.age >= home.ageMin && youth.age <= home.ageMax;
	checks.push({
		constraint: 'age',
		isMet: isAgeMet,
		line: format(isAgeMet ? text.constraintMet.age : text.constraints.age, ages)
	});
	const isClosed = home.regime === 'closed';
	checks.push(
		youth.closedAuthorisation === isClosed
			? { constraint: 'regime', isMet: true, line: text.constraintMet.regime }
			: {
					constraint: 'regime',
					isMet: false,
					line: isClosed ? text.constraints.regimeClosed : text.constraints.regimeOpen
				}
	);
	if (home.genders === undefined) {
		checks.push({ constraint: 'gender', isMet: true, line: text.constraintMet.gendersAll });
	} else {
		const isGenderMet = home.genders.includes(youth.gender);
		const line = format(isGenderMet ? text.constraintMet.gender : text.constraints.gender, {
			gender: youth.gender
		});
		checks.push({ constraint: 'gender', isMet: isGenderMet, line });
	}
	const conflicts = home.residents.flatMap((resident) => {
		const pair = incompatibleNeeds(youth, resident, rules);
		return pair
			? [
					{
						constraint: 'incompatible' as const,
						isMet: false,
						line: format(text.constraints.incompatible, { other: resident.id, a: pair[0], b: pair[1] })
					}
				]
			: [];
	});
	checks.push(
		...(conflicts.length > 0
			? conflicts
			: [{ constraint: 'incompatible' as const, isMet: true, line: text.constraintMet.incompatible }])
	);
	if (home.maxIntensity === undefined) {
		checks.push({ constraint: 'intensity', isMet: true, line: text.constraintMet.intensityUnlimited });
	} else {
		const total = home.residents.reduce((sum, resident) => sum + resident.intensity, youth.intensity);
		const isMet = total <= home.maxIntensity;
		const line = format(isMet ? text.constraintMet.intensity : text.constraints.intensity, {
			total,
			max: home.maxIntensity
		});
		checks.push({ constraint: 'intensity', isMet, line });
	}
	return checks;
}

/** Adds up the points of a list of terms. */
export function sumPoints(terms: readonly { points: number }[]): number {
	return terms.reduce((sum, term) => sum + term.points, 0);
}
