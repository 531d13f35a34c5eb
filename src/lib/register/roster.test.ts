import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceGaps } from '../../../tests/reference/definition-check.ts';
import { rosterGapsOf, timeOf, type Shift } from './roster.ts';

const time = (max: number) =>
	fc.integer({ min: 0, max }).map((t) => timeOf(t));
// Times on a coarse grid hit shared boundaries, midnight and 24:00 often; fine ones find off-by-ones.
const coarse = (max: number) => fc.integer({ min: 0, max: max / 60 }).map((h) => timeOf(h * 60));
const shift = fc.record({
	weekday: fc.integer({ min: 1, max: 7 }),
	start: fc.oneof(coarse(1380), time(1439)),
	end: fc.oneof(coarse(1440), time(1440)),
	carers: fc.integer({ min: 0, max: 3 })
});

describe('rosterGapsOf', () => {
	it('agrees with a minute-by-minute reference on random rosters', () => {
		fc.assert(
			fc.property(fc.array(shift, { maxLength: 12 }), fc.integer({ min: 1, max: 3 }), (roster, required) => {
				expect(rosterGapsOf(roster, required)).toEqual(referenceGaps(roster, required));
			}),
			{ numRuns: 400 }
		);
	});

	it('reports an empty roster as short all week, one gap per day', () => {
		const gaps = rosterGapsOf([], 1);
		expect(gaps).toHaveLength(7);
		expect(gaps[0]).toEqual({ weekday: 1, start: '00:00', end: '24:00', present: 0, required: 1 });
	});

	it('treats 00:00–00:00 as 24 hours and wraps Sunday night into Monday', () => {
		const allWeek: Shift[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '00:00', carers: 1 }));
		expect(rosterGapsOf(allWeek, 1)).toEqual([]);
		const sundayNight: Shift[] = [{ weekday: 7, start: '23:00', end: '01:00', carers: 1 }];
		const gaps = rosterGapsOf(sundayNight, 1);
		expect(gaps[0]).toEqual({ weekday: 1, start: '01:00', end: '24:00', present: 0, required: 1 });
		expect(gaps.at(-1)).toEqual({ weekday: 7, start: '00:00', end: '23:00', present: 0, required: 1 });
	});

	it('splits a gap where the number present changes and adds overlapping shifts', () => {
		const roster: Shift[] = [
			{ weekday: 2, start: '00:00', end: '24:00', carers: 1 },
			{ weekday: 2, start: '08:00', end: '20:00', carers: 1 }
		];
		const tuesday = rosterGapsOf(roster, 2).filter((g) => g.weekday === 2);
		expect(tuesday).toEqual([
			{ weekday: 2, start: '00:00', end: '08:00', present: 1, required: 2 },
			{ weekday: 2, start: '20:00', end: '24:00', present: 1, required: 2 }
		]);
	});
});
