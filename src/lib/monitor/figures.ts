/**
 * The figures of the monitor. Count figures add up over areas (a region's value is the sum of its
 * homes), so they can be suppressed and checked against their parts; ratio figures are computed
 * from two published counts.
 */

/** Counts from the quarterly reports (per area and quarter), over the homes that reported. */
export const reportCounts = [
	'reportingHomes',
	'youthDays',
	'placeDays',
	'intake',
	'dischargePlanned',
	'dischargeUnplanned',
	'discharges',
	'waitingList',
	'carersLeft',
	'carersJoined',
	'teamSize',
	'openVacancies',
	'restraintIncidents',
	'educatedYouthDays'
] as const;
export type ReportCount = (typeof reportCounts)[number];

/** Counts from the register of today (per area, not per quarter). */
export const registerCounts = ['homes', 'places', 'meetingHomes'] as const;
export type RegisterCount = (typeof registerCounts)[number];

/** Ratios, each the quotient of two counts of the same row. */
export const ratioFigures = {
	occupancy: { numerator: 'youthDays', denominator: 'placeDays' },
	unplannedShare: { numerator: 'dischargeUnplanned', denominator: 'discharges' },
	turnover: { numerator: 'carersLeft', denominator: 'teamSize' },
	educationShare: { numerator: 'educatedYouthDays', denominator: 'youthDays' }
} as const;
export type RatioFigure = keyof typeof ratioFigures;

export const meetingShare = { numerator: 'meetingHomes', denominator: 'homes' } as const;

/** Why a cell has no number. `no-data`: nothing was reported (not a secret). */
export type CellNote = 'small' | 'few-homes' | 'secondary' | 'filter' | 'no-data';

/** One published value: a number, or null with the reason. */
export interface Cell {
	value: number | null;
	note?: CellNote;
}

/** The smallest count that may be published (besides 0). */
export const THRESHOLD = 5;

/** Whether a count would single someone out: 1 to THRESHOLD − 1. */
export function isSmall(value: number): boolean {
	return value > 0 && value < THRESHOLD;
}

/** The ratio of two published cells, or a null cell when either is hidden or the base is 0. */
export function ratioOf(numerator: Cell, denominator: Cell): Cell {
	if (numerator.value === null || denominator.value === null) {
		return { value: null, note: numerator.note ?? denominator.note ?? 'no-data' };
	}
	if (denominator.value === 0) return { value: null, note: 'no-data' };
	return { value: numerator.value / denominator.value };
}
