import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildMeetingCalendar, meetingUid, type IcsMeeting } from './build-ics.ts';

const meeting: IcsMeeting = {
	id: 'abc-123',
	title: 'Leefklimaat; wat werkt, en waarom?',
	description: 'Een middag over leefklimaat.\nMet sprekers.',
	startsAt: new Date('2026-03-31T11:30:00Z'),
	endsAt: new Date('2026-03-31T14:00:00Z'),
	location: 'Utrecht, Catharijnesingel 47',
	onlineUrl: 'https://meet.example.nl/abc',
	isCancelled: false,
	sequence: 2,
	updatedAt: new Date('2026-01-01T10:00:00Z')
};

/** Parses the text back with ical.js (throws on invalid iCalendar) and returns its events. */
function parse(text: string) {
	const component = new ICAL.Component(ICAL.parse(text));
	return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('buildMeetingCalendar', () => {
	it('writes a calendar that a calendar library reads back with the stable UID and the UTC times', () => {
		const text = buildMeetingCalendar([meeting], {
			origin: 'https://kleinschalig.example',
			name: 'Bijeenkomst'
		});
		const [event] = parse(text);
		expect(event!.uid).toBe('bijeenkomst-abc-123@kleinschalig.example');
		expect(event!.uid).toBe(meetingUid('abc-123', 'kleinschalig.example'));
		expect(event!.summary).toBe('Leefklimaat; wat werkt, en waarom?');
		expect(event!.location).toBe('Utrecht, Catharijnesingel 47');
		expect(event!.startDate.toJSDate().toISOString()).toBe('2026-03-31T11:30:00.000Z');
		expect(event!.endDate.toJSDate().toISOString()).toBe('2026-03-31T14:00:00.000Z');
		expect(event!.sequence).toBe(2);
		expect(event!.description).toContain('https://meet.example.nl/abc');
		expect(event!.description).toContain('https://kleinschalig.example/leernetwerk/bijeenkomsten/abc-123');
	});

	it('keeps the UID when the meeting changes, and marks a cancelled meeting', () => {
		const first = parse(buildMeetingCalendar([meeting], { origin: 'https://k.example', name: 'x' }))[0]!;
		const moved = parse(
			buildMeetingCalendar(
				[{ ...meeting, startsAt: new Date('2026-04-01T11:30:00Z'), isCancelled: true, sequence: 3 }],
				{
					origin: 'https://k.example',
					name: 'x'
				}
			)
		)[0]!;
		expect(moved.uid).toBe(first.uid);
		expect(moved.component.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(moved.summary.startsWith('AFGELAST: ')).toBe(true);
	});

	it('writes an empty but valid calendar when there are no meetings', () => {
		const text = buildMeetingCalendar([], { origin: 'https://k.example', name: 'Leeg' });
		expect(parse(text)).toEqual([]);
		expect(text).toContain('BEGIN:VCALENDAR');
	});
});
