import { coverageOf, MINUTES_PER_DAY, type Shift } from '../../register/roster.ts';

/** One hour of the week in the grid: the fewest and most carers present during that hour. */
export interface HourCell {
	/** 1 = Monday … 7 = Sunday. */
	weekday: number;
	/** 0–23: the hour starting at hour:00. */
	hour: number;
	min: number;
	max: number;
	/** Whether at some minute of this hour fewer carers are present than required. */
	isShort: boolean;
}

/**
 * The roster as 7 × 24 hour cells (Monday first), built from the coverage stretches. A cell
 * takes the lowest number present in its hour, so a gap of a few minutes still marks the hour.
 * Without `required` (places unknown) no cell is short.
 */
export function hourCellsOf(roster: readonly Shift[], required?: number): HourCell[][] {
	const days: HourCell[][] = [];
	for (let day = 0; day < 7; day++) {
		const hours: HourCell[] = [];
		for (let hour = 0; hour < 24; hour++) {
			hours.push({ weekday: day + 1, hour, min: Infinity, max: -Infinity, isShort: false });
		}
		days.push(hours);
	}
	for (const stretch of coverageOf(roster)) {
		// Every hour that overlaps [from, to) sees this number of carers.
		const firstHour = Math.floor(stretch.from / 60);
		const lastHour = Math.ceil(stretch.to / 60) - 1;
		for (let h = firstHour; h <= lastHour; h++) {
			const cell = days[Math.floor((h * 60) / MINUTES_PER_DAY)]![h % 24]!;
			cell.min = Math.min(cell.min, stretch.present);
			cell.max = Math.max(cell.max, stretch.present);
		}
	}
	for (const cell of days.flat()) {
		cell.isShort = required !== undefined && cell.min < required;
	}
	return days;
}
