import { describe, expect, it } from 'vitest';
import { AppError } from '$lib/server/errors';
import { homeFormFailure, withoutRemovedRows } from './page-helpers.server';

describe('withoutRemovedRows', () => {
	it('drops the fields of rows whose remove box is ticked and keeps everything else', () => {
		const form = new FormData();
		form.append('name', 'Huis');
		for (const i of [0, 1, 2]) {
			form.append(`roster/${i}/weekday`, String(i + 1));
			form.append(`roster/${i}/start`, '07:00');
		}
		form.append('_verwijder', '1');
		const kept = withoutRemovedRows(form);
		expect(kept.get('name')).toBe('Huis');
		expect(kept.get('roster/0/weekday')).toBe('1');
		expect(kept.has('roster/1/weekday')).toBe(false);
		expect(kept.has('roster/1/start')).toBe(false);
		expect(kept.get('roster/2/weekday')).toBe('3');
	});
});

describe('homeFormFailure', () => {
	it('keeps the values and gives one message per field path', () => {
		const err = new AppError('invalid-input', 'x', [
			{ path: 'places', message: 'Plaatsen fout' },
			{ path: 'places', message: 'tweede' },
			{ path: 'roster/0/end', message: 'Eind fout' }
		]);
		const failure = homeFormFailure(err, { places: 'nul' });
		expect(failure.status).toBe(400);
		expect(failure.data.errors).toEqual({ places: 'Plaatsen fout', 'roster/0/end': 'Eind fout' });
		expect(failure.data.values).toEqual({ places: 'nul' });
	});

	it('rethrows anything that is not an AppError', () => {
		expect(() => homeFormFailure(new Error('boom'), {})).toThrow('boom');
	});
});
