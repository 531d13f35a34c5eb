import { describe, expect, it } from 'vitest';
import { m } from '../../i18n/nl.ts';
import { decisionInputSchema, homeSettingsInputSchema, profileInputSchema, suspectedName } from './profile-input.ts';

describe('suspectedName', () => {
	it('flags a capitalised word inside a sentence, not the first word or abbreviations', () => {
		expect(suspectedName('Woont bij Pietje.')).toBe('Pietje');
		expect(suspectedName('Heeft contact met (Ahmed) op school.')).toBe('Ahmed');
		expect(suspectedName('Gaat graag naar school. Sport veel.')).toBeUndefined();
		expect(suspectedName('Heeft een IQ van 70 en een GGZ-indicatie.')).toBeUndefined();
	});
});

describe('profileInputSchema', () => {
	const schema = profileInputSchema('2026-11-22');
	const valid = { birthYear: '2011', gender: 'x', needs: 'trauma, lvb', intensity: '3', municipalityCode: 'gm0344', waitingSince: '2026-11-22' };

	it('reads form strings: needs from text, codes upper-cased, closed authorisation from "ja"', () => {
		expect(schema.parse({ ...valid, code: ' j-ab12 ', closedAuthorisation: 'ja' })).toMatchObject({
			code: 'J-AB12',
			birthYear: 2011,
			needs: ['trauma', 'lvb'],
			intensity: 3,
			closedAuthorisation: true,
			municipalityCode: 'GM0344'
		});
	});

	it('refuses a code without a digit (a name), a future date and impossible dates', () => {
		const codeError = schema.safeParse({ ...valid, code: 'JANSEN' });
		expect(codeError.success || codeError.error.issues[0]?.message).toBe(m.matching.validation.code);
		expect(schema.safeParse({ ...valid, waitingSince: '2026-11-23' }).success).toBe(false);
		expect(schema.safeParse({ ...valid, waitingSince: '2026-02-30' }).success).toBe(false);
		expect(schema.safeParse({ ...valid, birthYear: '1998' }).success).toBe(false);
		expect(schema.safeParse({ ...valid, birthYear: '1999' }).success).toBe(true);
	});
});

describe('decisionInputSchema and homeSettingsInputSchema', () => {
	it('needs a home to place, a reason to decline, and at least one gender', () => {
		expect(decisionInputSchema.safeParse({ outcome: 'placed', decidedOn: '2026-11-01' }).success).toBe(false);
		expect(decisionInputSchema.safeParse({ outcome: 'declined', decidedOn: '2026-11-01', reason: ' ' }).success).toBe(false);
		expect(decisionInputSchema.safeParse({ outcome: 'left', decidedOn: '2026-11-01' }).success).toBe(true);
		const noOutcome = decisionInputSchema.safeParse({ decidedOn: '2026-11-01' });
		expect(noOutcome.success || noOutcome.error.issues[0]?.message).toBe(m.matching.validation.outcome);
		expect(homeSettingsInputSchema.safeParse({ genders: [] }).success).toBe(false);
		expect(homeSettingsInputSchema.parse({ genders: 'f', maxIntensity: '', competences: 'trauma' })).toEqual({
			genders: ['f'],
			competences: ['trauma']
		});
	});
});
