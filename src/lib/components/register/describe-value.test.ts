import { describe, expect, it } from 'vitest';
import { describeValue } from './describe-value.ts';

describe('describeValue', () => {
	it('writes not-given values as the empty text', () => {
		expect(describeValue('places', null, '(leeg)')).toBe('(leeg)');
		expect(describeValue('city', '', '(leeg)')).toBe('(leeg)');
		expect(describeValue('contractingMunicipalities', [], '(leeg)')).toBe('(leeg)');
	});

	it('writes booleans, codes and numbers in Dutch', () => {
		expect(describeValue('homeLike', true, '-')).toBe('ja');
		expect(describeValue('staffLiveIn', false, '-')).toBe('nee');
		expect(describeValue('setting', 'campus', '-')).toBe('instellingsterrein');
		expect(describeValue('teamFte', 7.5, '-')).toBe('7,5');
	});

	it('names municipalities and writes the roster on one line', () => {
		expect(describeValue('municipalityCode', 'GM0363', '-')).toBe('Amsterdam');
		expect(describeValue('contractingMunicipalities', ['GM0363', 'GM0344'], '-')).toBe('Amsterdam, Utrecht');
		expect(describeValue('roster', [{ weekday: 2, start: '23:00', end: '07:00', carers: 1 }], '-')).toBe('di 23:00-07:00 x1');
	});
});
