import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINUTES_PER_WEEK, timeOf, type Shift } from '../../register/roster.ts';
import { hourCellsOf } from './week-grid.ts';

/** Carers present at every minute of the week, counted naively: the reference for the grid. */
function presentPerMinute(roster: readonly Shift[]): number[] {
	const minutes = new Array<number>(MINUTES_PER_WEEK).fill(0);
	for (const shift of roster) {
		const [sh, sm] = shift.start.split(':').map(Number) as [number, number];
		const [eh, em] = shift.end.split(':').map(Number) as [number, number];
		const start = sh * 60 + sm;
		const end = eh * 60 + em;
		const length = end > start ? end - start : end + 1440 - start;
		const from = (shift.weekday - 1) * 1440 + start;
		for (let i = 0; i < length; i++) minutes[(from + i) % MINUTES_PER_WEEK]! += shift.carers;
	}
	return minutes;
}

const shift = fc.record({
	weekday: fc.integer({ min: 1, max: 7 }),
	start: fc.integer({ min: 0, max: 1439 }).map(timeOf),
	end: fc.integer({ min: 0, max: 1440 }).map(timeOf),
	carers: fc.integer({ min: 0, max: 3 })
});

describe('hourCellsOf', () => {
	it('gives 7 days of 24 hours, Monday first', () => {
		const days = hourCellsOf([], 1);
		expect(days).toHaveLength(7);
		expect(days.every((d) => d.length === 24)).toBe(true);
		expect(days[1]![23]).toEqual({ weekday: 2, hour: 23, min: 0, max: 0, isShort: true });
	});

	it('marks only the night hour that falls short', () => {
		const roster: Shift[] = [];
		for (let weekday = 1; weekday <= 7; weekday++) {
			roster.push({ weekday, start: '07:00', end: '23:00', carers: 2 });
			roster.push({ weekday, start: '23:00', end: '07:00', carers: weekday === 2 ? 1 : 2 });
		}
		const short = hourCellsOf(roster, 2)
			.flat()
			.filter((c) => c.isShort)
			.map((c) => `${c.weekday} ${c.hour}`);
		expect(short).toEqual(['2 23', '3 0', '3 1', '3 2', '3 3', '3 4', '3 5', '3 6']);
	});

	it('marks an hour with a short gap of a few minutes and shows the range', () => {
		const roster: Shift[] = [
			{ weekday: 1, start: '00:00', end: '10:10', carers: 1 },
			{ weekday: 1, start: '10:20', end: '00:00', carers: 1 },
			{ weekday: 2, start: '00:00', end: '00:00', carers: 1 },
			{ weekday: 3, start: '00:00', end: '00:00', carers: 5 }
		];
		const days = hourCellsOf(roster, 1);
		expect(days[0]![10]).toMatchObject({ min: 0, max: 1, isShort: true });
		expect(days[0]![9]).toMatchObject({ min: 1, max: 1, isShort: false });
		expect(days[2]![12]).toMatchObject({ min: 5, max: 5, isShort: false });
	});

	it('is never short when the requirement is unknown', () => {
		expect(hourCellsOf([], undefined).flat().some((c) => c.isShort)).toBe(false);
	});

	it('agrees with a minute-by-minute count on generated rosters', () => {
		fc.assert(
			fc.property(fc.array(shift, { maxLength: 8 }), fc.integer({ min: 1, max: 3 }), (roster, required) => {
				const minutes = presentPerMinute(roster);
				const days = hourCellsOf(roster, required);
				for (let h = 0; h < 168; h++) {
					const slice = minutes.slice(h * 60, h * 60 + 60);
					const cell = days[Math.floor(h / 24)]![h % 24]!;
					expect(cell.min).toBe(Math.min(...slice));
					expect(cell.max).toBe(Math.max(...slice));
					expect(cell.isShort).toBe(Math.min(...slice) < required);
				}
			}),
			{ numRuns: 200 }
		);
	});
});
