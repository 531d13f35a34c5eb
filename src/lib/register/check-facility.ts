import { format, m } from '../i18n/nl.ts';
import type { FacilityInput } from './facility-input.ts';
import { minutesOf, rosterGapsOf, type RosterGap } from './roster.ts';

export const criterionIds = [
	'around-the-clock',
	'setting',
	'group-size',
	'age-range',
	'home-like',
	'not-live-in',
	'fixed-team',
	'staff-ratio',
	'individual-care',
	'perspective'
] as const;
export type CriterionId = (typeof criterionIds)[number];

export type CriterionStatus = 'meets' | 'preference-not-met' | 'does-not-meet' | 'unknown';
export type Verdict = 'meets' | 'meets-with-remarks' | 'incomplete' | 'does-not-meet';

export interface Criterion {
	id: CriterionId;
	status: CriterionStatus;
	reason: string;
}

export interface FacilityCheck {
	verdict: Verdict;
	criteria: Criterion[];
	rosterGaps: RosterGap[];
}

const reasons = m.register.criteria;

/** The carers the 1:4 ratio needs on the group at every moment. */
export function requiredCarers(places: number): number {
	return Math.ceil(places / 4);
}

function yesNo(id: 'around-the-clock' | 'home-like' | 'fixed-team' | 'individual-care', value?: boolean): Criterion {
	const status = value === undefined ? 'unknown' : value ? 'meets' : 'does-not-meet';
	return { id, status, reason: reasons[id][status] };
}

function checkSetting(setting: FacilityInput['setting']): Criterion {
	const status = setting === undefined ? 'unknown' : setting === 'neighbourhood' ? 'meets' : 'preference-not-met';
	return { id: 'setting', status, reason: reasons.setting[status] };
}

function checkGroupSize(places?: number): Criterion {
	if (places === undefined) return { id: 'group-size', status: 'unknown', reason: reasons['group-size'].unknown };
	const status = places <= 4 ? 'meets' : places <= 6 ? 'preference-not-met' : 'does-not-meet';
	return { id: 'group-size', status, reason: format(reasons['group-size'][status], { places }) };
}

function checkAgeRange(input: FacilityInput): Criterion {
	const r = reasons['age-range'];
	const { ageMin, ageMax, residentAges } = input;
	if (ageMin === undefined && ageMax === undefined && residentAges === undefined) {
		return { id: 'age-range', status: 'unknown', reason: r.unknown };
	}
	const problems: string[] = [];
	if (ageMin !== undefined && ageMin < 8) problems.push(format(r.ageMinTooLow, { age: ageMin }));
	if (ageMax !== undefined && ageMax > 23) problems.push(format(r.ageMaxTooHigh, { age: ageMax }));
	for (const age of new Set(residentAges ?? [])) {
		if (age < 8 || age > 23) problems.push(format(r.residentOutside, { age }));
	}
	if (problems.length === 0) return { id: 'age-range', status: 'meets', reason: r.meets };
	return { id: 'age-range', status: 'does-not-meet', reason: format(r['does-not-meet'], { detail: problems.join('; ') }) };
}

function checkNotLiveIn(staffLiveIn?: boolean): Criterion {
	const status = staffLiveIn === undefined ? 'unknown' : staffLiveIn ? 'does-not-meet' : 'meets';
	return { id: 'not-live-in', status, reason: reasons['not-live-in'][status] };
}

function checkStaffRatio(input: FacilityInput): { criterion: Criterion; gaps: RosterGap[] } {
	const r = reasons['staff-ratio'];
	const { places, roster } = input;
	if (places === undefined || roster === undefined) {
		return { criterion: { id: 'staff-ratio', status: 'unknown', reason: r.unknown }, gaps: [] };
	}
	const required = requiredCarers(places);
	const carers = required === 1 ? r.carer : format(r.carers, { count: required });
	const gaps = rosterGapsOf(roster, required);
	if (gaps.length === 0) {
		return { criterion: { id: 'staff-ratio', status: 'meets', reason: format(r.meets, { carers, places }) }, gaps };
	}
	const shortMinutes = gaps.reduce((sum, g) => sum + minutesOf(g.end) - minutesOf(g.start), 0);
	const isEmpty = roster.every((s) => s.carers === 0);
	const reason = isEmpty
		? format(r['does-not-meet-empty'], { carers })
		: format(r['does-not-meet'], {
				carers,
				places,
				hours: formatHours(shortMinutes)
			});
	return { criterion: { id: 'staff-ratio', status: 'does-not-meet', reason }, gaps };
}

function formatHours(minutes: number): string {
	const hours = minutes / 60;
	return Number.isInteger(hours) ? String(hours) : hours.toFixed(2).replace('.', ',');
}

function checkPerspective(perspective: FacilityInput['perspective']): Criterion {
	const r = reasons.perspective;
	const parts = ['housing', 'care', 'educationOrWork'] as const;
	const values = parts.map((p) => perspective?.[p]);
	const names = (wanted: boolean | undefined) =>
		parts.filter((_, i) => values[i] === wanted).map((p) => r[p]).join(', ');
	if (values.some((v) => v === false)) {
		return { id: 'perspective', status: 'does-not-meet', reason: format(r['does-not-meet'], { missing: names(false) }) };
	}
	if (values.some((v) => v === undefined)) {
		return { id: 'perspective', status: 'unknown', reason: format(r.unknown, { missing: names(undefined) }) };
	}
	return { id: 'perspective', status: 'meets', reason: r.meets };
}

/** Judges the worst status of the criteria into one verdict (contracts.md, contract 1). */
export function verdictOf(criteria: readonly Criterion[]): Verdict {
	const has = (s: CriterionStatus) => criteria.some((c) => c.status === s);
	if (has('does-not-meet')) return 'does-not-meet';
	if (has('unknown')) return 'incomplete';
	if (has('preference-not-met')) return 'meets-with-remarks';
	return 'meets';
}

/** Checks one home against the consortium definition, criterion by criterion, with Dutch reasons. */
export function checkFacility(input: FacilityInput): FacilityCheck {
	const staffRatio = checkStaffRatio(input);
	const criteria: Criterion[] = [
		yesNo('around-the-clock', input.aroundTheClock),
		checkSetting(input.setting),
		checkGroupSize(input.places),
		checkAgeRange(input),
		yesNo('home-like', input.homeLike),
		checkNotLiveIn(input.staffLiveIn),
		yesNo('fixed-team', input.fixedTeam),
		staffRatio.criterion,
		yesNo('individual-care', input.individualCare),
		checkPerspective(input.perspective)
	];
	return { verdict: verdictOf(criteria), criteria, rosterGaps: staffRatio.gaps };
}

