import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFacility, criterionIds } from './check-facility.ts';
import { facilityInputSchema, type FacilityInput } from './facility-input.ts';
import { timeOf } from './roster.ts';
import { referenceStatuses } from '../../../tests/reference/definition-check.ts';

const fullDay = (carers: number) =>
	[1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '00:00', carers }));

const deLinde: FacilityInput = facilityInputSchema.parse({
	name: 'Huis De Linde',
	aroundTheClock: true,
	setting: 'neighbourhood',
	regime: 'open',
	places: 4,
	ageMin: 12,
	ageMax: 18,
	residentAges: [13, 15, 17],
	homeLike: true,
	staffLiveIn: false,
	fixedTeam: true,
	individualCare: true,
	perspective: { housing: true, care: true, educationOrWork: true },
	roster: fullDay(1)
});

describe('checkFacility', () => {
	it('lists the ten criteria in the contract order with a Dutch reason each', () => {
		const result = checkFacility(deLinde);
		expect(result.criteria.map((c) => c.id)).toEqual([...criterionIds]);
		expect(result.verdict).toBe('meets');
		for (const c of result.criteria) expect(c.reason).toMatch(/^[A-Z].*\.$/);
	});

	it('makes every criterion unknown for an empty home, without gaps', () => {
		const result = checkFacility(facilityInputSchema.parse({}));
		expect(result.verdict).toBe('incomplete');
		expect(result.criteria.every((c) => c.status === 'unknown')).toBe(true);
		expect(result.rosterGaps).toEqual([]);
	});

	it('follows the contract example: a night gap on Tuesday with 5 places', () => {
		const roster = [
			...fullDay(2).filter((s) => s.weekday !== 2),
			{ weekday: 2, start: '00:00', end: '23:00', carers: 2 },
			{ weekday: 2, start: '23:00', end: '24:00', carers: 1 }
		];
		const result = checkFacility({ ...deLinde, places: 5, roster });
		expect(result.rosterGaps).toEqual([{ weekday: 2, start: '23:00', end: '24:00', present: 1, required: 2 }]);
		expect(result.criteria.find((c) => c.id === 'group-size')?.status).toBe('preference-not-met');
		expect(result.criteria.find((c) => c.id === 'staff-ratio')?.reason).toContain('1 uur per week');
		expect(result.verdict).toBe('does-not-meet');
	});

	it('says a home with live-in carers is a gezinshuis', () => {
		const result = checkFacility({ ...deLinde, staffLiveIn: true });
		expect(result.criteria.find((c) => c.id === 'not-live-in')?.reason).toContain('gezinshuis');
	});

	it('judges only the age information that is given', () => {
		const age = (input: Partial<FacilityInput>) =>
			checkFacility(input as FacilityInput).criteria.find((c) => c.id === 'age-range')?.status;
		expect(age({ ageMin: 8 })).toBe('meets');
		expect(age({ ageMin: 7 })).toBe('does-not-meet');
		expect(age({ ageMax: 24 })).toBe('does-not-meet');
		expect(age({ residentAges: [] })).toBe('meets');
		expect(age({ ageMin: 12, ageMax: 16, residentAges: [17] })).toBe('meets');
		expect(age({ residentAges: [6] })).toBe('does-not-meet');
	});

	it('treats perspective as unknown when nothing is false and something is missing', () => {
		const p = (perspective: FacilityInput['perspective']) =>
			checkFacility({ perspective } as FacilityInput).criteria.find((c) => c.id === 'perspective')?.status;
		expect(p({ housing: true, care: true } as FacilityInput['perspective'])).toBe('unknown');
		expect(p({ housing: true, care: false } as FacilityInput['perspective'])).toBe('does-not-meet');
		expect(p(undefined)).toBe('unknown');
	});
});

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const home = fc.record({
	aroundTheClock: maybe(fc.boolean()),
	setting: maybe(fc.constantFrom('neighbourhood' as const, 'campus' as const)),
	places: maybe(fc.integer({ min: 1, max: 12 })),
	ageMin: maybe(fc.integer({ min: 0, max: 30 })),
	ageMax: maybe(fc.integer({ min: 0, max: 30 })),
	residentAges: maybe(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 6 })),
	homeLike: maybe(fc.boolean()),
	staffLiveIn: maybe(fc.boolean()),
	fixedTeam: maybe(fc.boolean()),
	individualCare: maybe(fc.boolean()),
	perspective: maybe(fc.record({ housing: maybe(fc.boolean()), care: maybe(fc.boolean()), educationOrWork: maybe(fc.boolean()) })),
	roster: maybe(
		fc.array(
			fc.record({
				weekday: fc.integer({ min: 1, max: 7 }),
				start: fc.integer({ min: 0, max: 23 }).map((h) => timeOf(h * 60)),
				end: fc.integer({ min: 0, max: 24 }).map((h) => timeOf(h * 60)),
				carers: fc.integer({ min: 0, max: 2 })
			}),
			{ maxLength: 10 }
		)
	)
});

describe('checkFacility against the criteria table', () => {
	it('agrees on every criterion and the verdict for random homes', () => {
		fc.assert(
			fc.property(home, (raw) => {
				const input = raw as FacilityInput;
				const result = checkFacility(input);
				const expected = referenceStatuses(input);
				for (const c of result.criteria) if (c.id !== 'staff-ratio') expect(c.status).toBe(expected[c.id]);
				const ratio = result.criteria.find((c) => c.id === 'staff-ratio')!;
				if (input.places === undefined || input.roster === undefined) {
					expect(ratio.status).toBe('unknown');
					expect(result.rosterGaps).toEqual([]);
				} else {
					expect(ratio.status).toBe(result.rosterGaps.length === 0 ? 'meets' : 'does-not-meet');
				}
				const statuses = result.criteria.map((c) => c.status);
				const verdict = statuses.includes('does-not-meet')
					? 'does-not-meet'
					: statuses.includes('unknown')
						? 'incomplete'
						: statuses.includes('preference-not-met')
							? 'meets-with-remarks'
							: 'meets';
				expect(result.verdict).toBe(verdict);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('facilityInputSchema', () => {
	const errorsOf = (input: unknown) => {
		const r = facilityInputSchema.safeParse(input);
		return r.success ? [] : r.error.issues.map((i) => i.path.join('/'));
	};

	it('refuses every kind of invalid input that contract 1 names, per field', () => {
		expect(errorsOf({ places: 0 })).toEqual(['places']);
		expect(errorsOf({ places: 'vier' })).toEqual(['places']);
		expect(errorsOf({ ageMin: 16, ageMax: 12 })).toEqual(['ageMax']);
		expect(errorsOf({ ageMin: 31 })).toEqual(['ageMin']);
		expect(errorsOf({ residentAges: [12, -1] })).toEqual(['residentAges/1']);
		expect(errorsOf({ aroundTheClock: 'ja' })).toEqual(['aroundTheClock']);
		expect(errorsOf({ roster: [{ weekday: 8, start: '07:00', end: '15:00', carers: 1 }] })).toEqual(['roster/0/weekday']);
		expect(errorsOf({ roster: [{ weekday: 1, start: '24:00', end: '15:00', carers: 1 }] })).toEqual(['roster/0/start']);
		expect(errorsOf({ roster: [{ weekday: 1, start: '7:00', end: '24:01', carers: 1 }] })).toEqual([
			'roster/0/start',
			'roster/0/end'
		]);
		expect(errorsOf({ roster: [{ weekday: 1, start: '07:00', end: '15:00', carers: -1 }] })).toEqual(['roster/0/carers']);
		expect(errorsOf({ setting: 'bos' })).toEqual(['setting']);
		expect(errorsOf('geen object')).toEqual(['']);
	});

	it('accepts 24:00 as an end and treats null as not given', () => {
		expect(errorsOf({ roster: [{ weekday: 7, start: '23:59', end: '24:00', carers: 0 }], places: null })).toEqual([]);
	});
});

describe('facilityInputSchema, several mistakes at once', () => {
	it('reports the age order together with other invalid fields', () => {
		const r = facilityInputSchema.safeParse({ places: 0, ageMin: 16, ageMax: 12 });
		expect(r.error?.issues.map((i) => i.path.join('/')).sort()).toEqual(['ageMax', 'places']);
	});
});
