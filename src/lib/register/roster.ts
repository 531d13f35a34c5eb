/**
 * The weekly roster as a step function over the minutes of one week, computed on shift
 * boundaries (never minute by minute). Minute 0 is Monday 00:00; the week has 10,080 minutes and
 * wraps from Sunday 24:00 to Monday 00:00.
 */

export const MINUTES_PER_DAY = 24 * 60;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

export interface Shift {
	/** 1 = Monday … 7 = Sunday. */
	weekday: number;
	/** "HH:MM", 00:00–23:59. */
	start: string;
	/** "HH:MM", 00:00–24:00; not after `start` means the shift runs past midnight. */
	end: string;
	/** Carers on duty during the shift (whole number ≥ 0). */
	carers: number;
}

/** A stretch of the week with a constant number of carers present: [from, to) in week minutes. */
export interface Coverage {
	from: number;
	to: number;
	present: number;
}

export interface RosterGap {
	weekday: number;
	start: string;
	end: string;
	present: number;
	required: number;
}

/** Minutes since midnight of an "HH:MM" string (already validated). */
export function minutesOf(time: string): number {
	const [h, m] = time.split(':').map(Number) as [number, number];
	return h * 60 + m;
}

/** "HH:MM" for minutes since midnight, 0–1440 (1440 prints as "24:00"). */
export function timeOf(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The week minutes [from, to) a shift covers, split in two where it wraps past Sunday midnight. */
export function intervalsOf(shift: Shift): [number, number][] {
	const dayStart = (shift.weekday - 1) * MINUTES_PER_DAY;
	const start = dayStart + minutesOf(shift.start);
	const endOfDay = minutesOf(shift.end);
	// An end that is not after the start lies on the next day (so 00:00–00:00 is 24 hours).
	const end = dayStart + endOfDay + (endOfDay > minutesOf(shift.start) ? 0 : MINUTES_PER_DAY);
	if (end <= MINUTES_PER_WEEK) return [[start, end]];
	return [
		[start, MINUTES_PER_WEEK],
		[0, end - MINUTES_PER_WEEK]
	];
}

/**
 * The roster as consecutive stretches covering the whole week, each with a constant number of
 * carers present, cut at every shift boundary and at every midnight.
 */
export function coverageOf(roster: readonly Shift[]): Coverage[] {
	const delta = new Map<number, number>();
	const add = (at: number, change: number) => delta.set(at, (delta.get(at) ?? 0) + change);
	for (const shift of roster) {
		if (shift.carers === 0) continue;
		for (const [from, to] of intervalsOf(shift)) {
			if (to <= from) continue;
			add(from, shift.carers);
			add(to, -shift.carers);
		}
	}
	for (let day = 0; day <= 7; day++) add(day * MINUTES_PER_DAY, 0);

	const cuts = [...delta.keys()].filter((t) => t <= MINUTES_PER_WEEK).sort((a, b) => a - b);
	const stretches: Coverage[] = [];
	let present = 0;
	for (let i = 0; i < cuts.length - 1; i++) {
		const from = cuts[i]!;
		present += delta.get(from)!;
		stretches.push({ from, to: cuts[i + 1]!, present });
	}
	return stretches;
}

/**
 * Every maximal stretch where fewer carers are present than required and the number present
 * stays the same, split at midnight, in week order from Monday 00:00 (contracts.md, contract 1).
 */
export function rosterGapsOf(roster: readonly Shift[], required: number): RosterGap[] {
	const gaps: RosterGap[] = [];
	let open: Coverage | undefined;
	const close = () => {
		if (!open) return;
		const day = Math.floor(open.from / MINUTES_PER_DAY);
		gaps.push({
			weekday: day + 1,
			start: timeOf(open.from - day * MINUTES_PER_DAY),
			end: timeOf(open.to - day * MINUTES_PER_DAY),
			present: open.present,
			required
		});
		open = undefined;
	};
	for (const stretch of coverageOf(roster)) {
		const isShort = stretch.present < required;
		const startsDay = stretch.from % MINUTES_PER_DAY === 0;
		if (open && (!isShort || stretch.present !== open.present || startsDay)) close();
		if (!isShort) continue;
		if (open) open.to = stretch.to;
		else open = { ...stretch };
	}
	close();
	return gaps;
}
