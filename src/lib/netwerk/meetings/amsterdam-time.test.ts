import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMeetingTime, fromAmsterdam, toAmsterdam } from './amsterdam-time.ts';

describe('fromAmsterdam', () => {
	it('uses UTC+1 in winter and UTC+2 in summer', () => {
		expect(fromAmsterdam({ date: '2026-01-15', time: '13:30' })?.toISOString()).toBe(
			'2026-01-15T12:30:00.000Z'
		);
		expect(fromAmsterdam({ date: '2026-07-15', time: '13:30' })?.toISOString()).toBe(
			'2026-07-15T11:30:00.000Z'
		);
	});

	it('switches to summer time on the last Sunday of March 2026 (29 March)', () => {
		expect(fromAmsterdam({ date: '2026-03-28', time: '10:00' })?.toISOString()).toBe(
			'2026-03-28T09:00:00.000Z'
		);
		expect(fromAmsterdam({ date: '2026-03-29', time: '01:59' })?.toISOString()).toBe(
			'2026-03-29T00:59:00.000Z'
		);
		expect(fromAmsterdam({ date: '2026-03-29', time: '03:00' })?.toISOString()).toBe(
			'2026-03-29T01:00:00.000Z'
		);
		expect(fromAmsterdam({ date: '2026-03-30', time: '10:00' })?.toISOString()).toBe(
			'2026-03-30T08:00:00.000Z'
		);
	});

	it('refuses the skipped hour 02:00–02:59 when summer time starts', () => {
		expect(fromAmsterdam({ date: '2026-03-29', time: '02:00' })).toBeNull();
		expect(fromAmsterdam({ date: '2026-03-29', time: '02:30' })).toBeNull();
	});

	it('switches back on the last Sunday of October 2026 (25 October), taking the first of the doubled hour', () => {
		expect(fromAmsterdam({ date: '2026-10-24', time: '10:00' })?.toISOString()).toBe(
			'2026-10-24T08:00:00.000Z'
		);
		expect(fromAmsterdam({ date: '2026-10-25', time: '02:30' })?.toISOString()).toBe(
			'2026-10-25T00:30:00.000Z'
		);
		expect(fromAmsterdam({ date: '2026-10-25', time: '03:00' })?.toISOString()).toBe(
			'2026-10-25T02:00:00.000Z'
		);
		expect(fromAmsterdam({ date: '2026-10-26', time: '10:00' })?.toISOString()).toBe(
			'2026-10-26T09:00:00.000Z'
		);
	});

	it('refuses impossible dates and malformed text', () => {
		expect(fromAmsterdam({ date: '2026-02-30', time: '10:00' })).toBeNull();
		expect(fromAmsterdam({ date: '2026-13-01', time: '10:00' })).toBeNull();
		expect(fromAmsterdam({ date: '15-01-2026', time: '10:00' })).toBeNull();
		expect(fromAmsterdam({ date: '2026-01-15', time: '24:00' })).toBeNull();
		expect(fromAmsterdam({ date: '2026-01-15', time: '9:00' })).toBeNull();
	});

	it('round-trips every instant on a whole minute through Amsterdam time (except the doubled hour)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2035, 0, 1) / 60_000 }),
				(minute) => {
					const instant = new Date(minute * 60_000);
					const back = fromAmsterdam(toAmsterdam(instant));
					expect(back).not.toBeNull();
					// In the doubled October hour the earlier instant is chosen: at most one hour apart.
					expect([0, 3_600_000]).toContain(instant.getTime() - back!.getTime());
				}
			)
		);
	});
});

describe('formatMeetingTime', () => {
	it('writes the day and the times in Dutch, in Amsterdam time', () => {
		expect(formatMeetingTime(new Date('2026-03-10T12:30:00Z'), new Date('2026-03-10T15:00:00Z'))).toBe(
			'dinsdag 10 maart 2026, 13:30–16:00'
		);
	});
});
