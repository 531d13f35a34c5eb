import { describe, expect, it } from 'vitest';
import { m } from '../../i18n/nl.ts';
import { meetingInputSchema } from './meeting-input.ts';

const e = m.netwerk.meetings.errors;

const valid = {
	title: 'Leefklimaat in kleine groepen',
	theme: 'leefklimaat',
	date: '2026-03-10',
	startTime: '13:30',
	endTime: '16:00',
	location: 'Utrecht, Catharijnesingel 47',
	onlineUrl: '',
	capacity: '20',
	description: 'Wat werkt?',
	articleSlugs: 'leefklimaat\nvaste-teams'
};

function errorsOf(input: Record<string, unknown>): Record<string, string> {
	const result = meetingInputSchema.safeParse(input);
	expect(result.success).toBe(false);
	const errors: Record<string, string> = {};
	for (const issue of result.error!.issues) errors[issue.path.join('/')] ??= issue.message;
	return errors;
}

describe('meetingInputSchema', () => {
	it('turns form text into UTC instants and clean values', () => {
		const parsed = meetingInputSchema.parse(valid);
		expect(parsed).toEqual({
			title: 'Leefklimaat in kleine groepen',
			theme: 'leefklimaat',
			startsAt: new Date('2026-03-10T12:30:00Z'),
			endsAt: new Date('2026-03-10T15:00:00Z'),
			location: 'Utrecht, Catharijnesingel 47',
			onlineUrl: null,
			capacity: 20,
			description: 'Wat werkt?',
			articleSlugs: ['leefklimaat', 'vaste-teams']
		});
	});

	it('converts in the DST weeks: summer time from 29 March 2026', () => {
		const before = meetingInputSchema.parse({ ...valid, date: '2026-03-27' });
		const after = meetingInputSchema.parse({ ...valid, date: '2026-03-31' });
		expect(before.startsAt.toISOString()).toBe('2026-03-27T12:30:00.000Z');
		expect(after.startsAt.toISOString()).toBe('2026-03-31T11:30:00.000Z');
	});

	it('names each invalid field in Dutch', () => {
		expect(
			errorsOf({
				title: '',
				theme: 'koken',
				date: '10-03-2026',
				startTime: '25:00',
				endTime: 'x',
				capacity: '0',
				articleSlugs: 'Niet Goed'
			})
		).toMatchObject({
			title: e.title,
			theme: e.theme,
			date: e.date,
			startTime: e.startTime,
			endTime: e.endTime,
			capacity: e.capacity,
			'articleSlugs/0': e.articleSlugs
		});
		expect(errorsOf({ ...valid, capacity: '2,5' })).toEqual({ capacity: e.capacity });
		expect(errorsOf({ ...valid, onlineUrl: 'http://zoom.example/j/1' })).toEqual({ onlineUrl: e.onlineUrl });
		expect(errorsOf({ ...valid, onlineUrl: 'javascript:alert(1)' })).toEqual({ onlineUrl: e.onlineUrl });
		expect(errorsOf({ ...valid, description: 'x'.repeat(5001) })).toEqual({ description: e.description });
	});

	it('refuses an end before the start, a skipped hour, an impossible date, and no place at all', () => {
		expect(errorsOf({ ...valid, endTime: '13:00' })).toEqual({ endTime: e.endBeforeStart });
		expect(errorsOf({ ...valid, date: '2026-03-29', startTime: '02:30', endTime: '04:00' })).toEqual({
			startTime: e.skippedHour
		});
		expect(errorsOf({ ...valid, date: '2026-02-30' })).toEqual({ date: e.date });
		expect(errorsOf({ ...valid, location: ' ', onlineUrl: '' })).toEqual({ location: e.placeOrOnline });
	});

	it('accepts an online meeting without a place', () => {
		const parsed = meetingInputSchema.parse({
			...valid,
			location: '',
			onlineUrl: 'https://meet.example.nl/abc'
		});
		expect(parsed.location).toBeNull();
		expect(parsed.onlineUrl).toBe('https://meet.example.nl/abc');
	});
});

describe('meetingInputSchema on an empty form', () => {
	it('reports the missing place together with the other fields, in one round', () => {
		const result = meetingInputSchema.safeParse({ title: '', location: '', onlineUrl: '' });
		const paths = result.error!.issues.map((i) => i.path.join('/'));
		expect(paths).toEqual(expect.arrayContaining(['title', 'theme', 'date', 'capacity', 'location']));
		expect(result.error!.issues.find((i) => i.path[0] === 'location')!.message).toBe(e.placeOrOnline);
	});
});
