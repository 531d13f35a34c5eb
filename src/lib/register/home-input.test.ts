import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyDay } from './copy-day.ts';
import { homeFormValuesOf, homeInputFromForm } from './home-form.ts';
import { facilityInputOf, homeInputSchema } from './home-input.ts';
import { formatRosterText, parseRosterText } from './roster-text.ts';
import { timeOf, type Shift } from './roster.ts';

const minimal = { name: 'Huis De Linde', municipalityCode: 'GM0344' };

const errorsOf = (input: unknown) => {
	const r = homeInputSchema.safeParse(input);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join('/')}: ${i.message}`);
};

describe('homeInputSchema', () => {
	it('needs a name and an existing gemeente, and normalises what it accepts', () => {
		expect(errorsOf({})).toEqual([
			'name: Vul de naam van de woning in (hooguit 120 tekens).',
			'municipalityCode: Kies een bestaande gemeente (CBS-code, bijvoorbeeld GM0363).'
		]);
		expect(errorsOf({ ...minimal, municipalityCode: 'GM9999' })).toHaveLength(1);
		const home = homeInputSchema.parse({
			...minimal,
			municipalityCode: ' gm0363 ',
			postalCode: '1011ab',
			contactEmail: 'A@B.NL'
		});
		expect(home).toMatchObject({
			municipalityCode: 'GM0363',
			postalCode: '1011 AB',
			contactEmail: 'a@b.nl',
			contractingMunicipalities: []
		});
	});

	it('reads form and spreadsheet text: empty means not given, decimal commas, ja/nee', () => {
		const home = homeInputSchema.parse({
			...minimal,
			places: '4',
			teamFte: '6,5',
			dayTariff: '450,25',
			homeLike: 'ja',
			staffLiveIn: 'nee',
			fixedTeam: '',
			setting: 'Campus',
			ijwCategory: '44',
			contractingMunicipalities: 'GM0344, gm0307',
			perspective: { housing: 'ja', care: '', educationOrWork: '' },
			roster: [{ weekday: '1', start: '07:00', end: '15:00', carers: '1' }]
		});
		expect(home).toMatchObject({
			places: 4,
			teamFte: 6.5,
			dayTariff: 450.25,
			homeLike: true,
			staffLiveIn: false,
			setting: 'campus',
			ijwCategory: 44,
			contractingMunicipalities: ['GM0344', 'GM0307'],
			perspective: { housing: true },
			roster: [{ weekday: 1, start: '07:00', end: '15:00', carers: 1 }]
		});
		expect(home.fixedTeam).toBeUndefined();
		expect(homeInputSchema.parse({ ...minimal, perspective: { housing: '' } }).perspective).toBeUndefined();
	});

	it('gives one Dutch message per invalid field, naming the field', () => {
		const errors = errorsOf({
			...minimal,
			places: 0,
			ageMin: 17,
			ageMax: 12,
			targetGroup: 'iedereen',
			teamFte: '6,555',
			dayTariff: -1,
			ijwCategory: 45,
			postalCode: '0123 AB',
			contactEmail: 'geen-adres',
			contactPhone: 'bel maar',
			educationArrangement: 'thuis',
			contractingMunicipalities: ['GM0344', 'GM0344'],
			homeLike: 'misschien',
			roster: [{ weekday: 8, start: '25:00', end: '15:00', carers: 1.5 }]
		});
		expect(errors.map((e) => e.split(':')[0])).toEqual([
			'postalCode',
			'places',
			'targetGroup',
			'homeLike',
			'teamFte',
			'educationArrangement',
			'ijwCategory',
			'dayTariff',
			'contractingMunicipalities',
			'contactEmail',
			'contactPhone',
			'roster/0/weekday',
			'roster/0/start',
			'roster/0/carers'
		]);
		for (const error of errors) expect(error).toMatch(/: [A-Z].+\.$/);
		expect(errorsOf({ ...minimal, ageMin: 17, ageMax: 12 })).toEqual([
			'ageMax: De maximumleeftijd mag niet lager zijn dan de minimumleeftijd.'
		]);
		expect(errorsOf('geen object')).toEqual([': Stuur de gegevens van de woning als één object.']);
	});

	it('gives the definitietoets exactly the fields it judges', () => {
		const home = homeInputSchema.parse({ ...minimal, places: 4, setting: 'neighbourhood', roster: [] });
		expect(facilityInputOf(home)).toMatchObject({
			name: 'Huis De Linde',
			places: 4,
			setting: 'neighbourhood',
			roster: []
		});
		expect(facilityInputOf(home).residentAges).toBeUndefined();
	});
});

const shift = fc.record({
	weekday: fc.integer({ min: 1, max: 7 }),
	start: fc.integer({ min: 0, max: 1439 }).map(timeOf),
	end: fc.integer({ min: 0, max: 1440 }).map(timeOf),
	carers: fc.integer({ min: 0, max: 9 })
});

describe('roster text (the spreadsheet cell)', () => {
	it('reads back what it writes, for any roster', () => {
		fc.assert(
			fc.property(fc.option(fc.array(shift, { maxLength: 25 }), { nil: undefined }), (roster) => {
				expect(parseRosterText(formatRosterText(roster))).toEqual({ roster });
			})
		);
	});

	it('accepts a missing xN and a leading zero left out, and names a bad part in Dutch', () => {
		expect(parseRosterText('ma 7:00-15:00; DI 23:00 - 07:00 x2')).toEqual({
			roster: [
				{ weekday: 1, start: '07:00', end: '15:00', carers: 1 },
				{ weekday: 2, start: '23:00', end: '07:00', carers: 2 }
			]
		});
		expect(parseRosterText('geen')).toEqual({ roster: [] });
		expect(parseRosterText('xx 07:00-15:00')).toEqual({ error: expect.stringContaining('"xx"') });
		expect(parseRosterText('ma van zeven tot drie')).toEqual({
			error: expect.stringContaining('ma van zeven tot drie')
		});
	});
});

describe('copyDay', () => {
	it("replaces the target days' shifts with copies of the source day", () => {
		const roster: Shift[] = [
			{ weekday: 1, start: '07:00', end: '15:00', carers: 1 },
			{ weekday: 1, start: '15:00', end: '07:00', carers: 2 },
			{ weekday: 2, start: '09:00', end: '17:00', carers: 1 },
			{ weekday: 3, start: '09:00', end: '17:00', carers: 1 }
		];
		const copied = copyDay(roster, 1, [2, 1, 4]);
		expect(copied.filter((s) => s.weekday === 2)).toEqual([
			{ weekday: 2, start: '07:00', end: '15:00', carers: 1 },
			{ weekday: 2, start: '15:00', end: '07:00', carers: 2 }
		]);
		expect(copied.filter((s) => s.weekday === 1)).toEqual(roster.slice(0, 2));
		expect(copied.filter((s) => s.weekday === 3)).toEqual([roster[3]]);
		expect(copied.filter((s) => s.weekday === 4)).toHaveLength(2);
	});
});

describe('home form', () => {
	it('reads field names that are the error paths, drops empty roster rows and renumbers', () => {
		const form = new FormData();
		form.set('name', 'Huis');
		form.set('municipalityCode', 'GM0344');
		form.append('contractingMunicipalities', 'GM0344');
		form.append('contractingMunicipalities', 'GM0307');
		form.set('perspective/care', 'ja');
		form.set('roster/0/weekday', '');
		form.set('roster/0/start', '');
		form.set('roster/3/weekday', '2');
		form.set('roster/3/start', '07:00');
		form.set('roster/3/end', '15:00');
		form.set('roster/3/carers', '1');
		const values = homeInputFromForm(form);
		expect(values.roster).toEqual([{ weekday: '2', start: '07:00', end: '15:00', carers: '1' }]);
		const home = homeInputSchema.parse(values);
		expect(home.contractingMunicipalities).toEqual(['GM0344', 'GM0307']);
		expect(home.perspective).toEqual({ care: true });
		expect(homeInputSchema.parse(homeFormValuesOf(home))).toEqual(home);
	});
});
