/**
 * An independent, deliberately plain reference of contract 1 (contracts.md): the criteria table
 * written out field by field, and the roster counted minute by minute. Tests compare the real
 * implementation (shift boundaries) with this; it shares no code with src/lib/register.
 */

export interface ReferenceShift {
	weekday: number;
	start: string;
	end: string;
	carers: number;
}

export interface ReferenceHome {
	aroundTheClock?: boolean;
	setting?: 'neighbourhood' | 'campus';
	places?: number;
	ageMin?: number;
	ageMax?: number;
	residentAges?: number[];
	homeLike?: boolean;
	staffLiveIn?: boolean;
	fixedTeam?: boolean;
	individualCare?: boolean;
	perspective?: { housing?: boolean; care?: boolean; educationOrWork?: boolean };
	roster?: ReferenceShift[];
}

export interface ReferenceGap {
	weekday: number;
	start: string;
	end: string;
	present: number;
	required: number;
}

const DAY = 24 * 60;
const WEEK = 7 * DAY;

function clock(minute: number): string {
	return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

function minutes(time: string): number {
	const [h, m] = time.split(':').map(Number) as [number, number];
	return h * 60 + m;
}

/** The roster gaps, found by counting the carers present at each of the 10,080 minutes of the week. */
export function referenceGaps(roster: readonly ReferenceShift[], required: number): ReferenceGap[] {
	const present = new Array<number>(WEEK).fill(0);
	for (const s of roster) {
		const start = minutes(s.start);
		const end = minutes(s.end);
		const length = end > start ? end - start : end - start + DAY;
		const first = (s.weekday - 1) * DAY + start;
		for (let i = 0; i < length; i++) present[(first + i) % WEEK]! += s.carers;
	}
	const gaps: ReferenceGap[] = [];
	for (let t = 0; t < WEEK; t++) {
		const p = present[t]!;
		if (p >= required) continue;
		const last = gaps.at(-1);
		const day = Math.floor(t / DAY);
		const minute = t % DAY;
		if (last && last.weekday === day + 1 && last.present === p && last.end === clock(minute)) {
			last.end = clock(minute + 1);
		} else {
			gaps.push({ weekday: day + 1, start: clock(minute), end: clock(minute + 1), present: p, required });
		}
	}
	return gaps;
}

/** The status of each criterion, by id, straight from the table of contract 1. */
export function referenceStatuses(h: ReferenceHome): Record<string, string> {
	const yesNo = (v: boolean | undefined, good: boolean) =>
		v === undefined ? 'unknown' : v === good ? 'meets' : 'does-not-meet';
	let ageRange = 'unknown';
	if (h.ageMin !== undefined || h.ageMax !== undefined || h.residentAges !== undefined) {
		const ok =
			(h.ageMin === undefined || h.ageMin >= 8) &&
			(h.ageMax === undefined || h.ageMax <= 23) &&
			(h.residentAges ?? []).every((a) => a >= 8 && a <= 23);
		ageRange = ok ? 'meets' : 'does-not-meet';
	}
	let staffRatio = 'unknown';
	if (h.roster !== undefined && h.places !== undefined) {
		staffRatio = referenceGaps(h.roster, Math.ceil(h.places / 4)).length === 0 ? 'meets' : 'does-not-meet';
	}
	const p = [h.perspective?.housing, h.perspective?.care, h.perspective?.educationOrWork];
	return {
		'around-the-clock': yesNo(h.aroundTheClock, true),
		setting:
			h.setting === undefined ? 'unknown' : h.setting === 'neighbourhood' ? 'meets' : 'preference-not-met',
		'group-size':
			h.places === undefined
				? 'unknown'
				: h.places <= 4
					? 'meets'
					: h.places <= 6
						? 'preference-not-met'
						: 'does-not-meet',
		'age-range': ageRange,
		'home-like': yesNo(h.homeLike, true),
		'not-live-in': yesNo(h.staffLiveIn, false),
		'fixed-team': yesNo(h.fixedTeam, true),
		'staff-ratio': staffRatio,
		'individual-care': yesNo(h.individualCare, true),
		perspective: p.includes(false) ? 'does-not-meet' : p.includes(undefined) ? 'unknown' : 'meets'
	};
}

/** The whole contract 1 answer except the Dutch reasons: verdict, statuses in order, gaps. */
export function referenceCheck(h: ReferenceHome): {
	verdict: string;
	criteria: { id: string; status: string }[];
	rosterGaps: ReferenceGap[];
} {
	const statuses = referenceStatuses(h);
	const order = [
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
	];
	const criteria = order.map((id) => ({ id, status: statuses[id]! }));
	const all = criteria.map((c) => c.status);
	const verdict = all.includes('does-not-meet')
		? 'does-not-meet'
		: all.includes('unknown')
			? 'incomplete'
			: all.includes('preference-not-met')
				? 'meets-with-remarks'
				: 'meets';
	const judged = h.roster !== undefined && h.places !== undefined;
	return { verdict, criteria, rosterGaps: judged ? referenceGaps(h.roster!, Math.ceil(h.places! / 4)) : [] };
}
