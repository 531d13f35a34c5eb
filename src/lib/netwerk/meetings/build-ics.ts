import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { format, m } from '../../i18n/nl.ts';

const t = m.netwerk.meetings;

/** What a calendar file says about one meeting. */
export interface IcsMeeting {
	id: string;
	title: string;
	description: string;
	startsAt: Date;
	endsAt: Date;
	location: string | null;
	/** Only for people who may see it (registered participants); null otherwise. */
	onlineUrl: string | null;
	isCancelled: boolean;
	/** Goes up on every change, so calendar programs replace their copy. */
	sequence: number;
	updatedAt: Date;
}

/**
 * The stable UID of a meeting in every calendar file (per meeting and in personal feeds), so a
 * calendar program recognises it again after a change or a cancellation.
 */
export function meetingUid(meetingId: string, host: string): string {
	return `bijeenkomst-${meetingId}@${host}`;
}

/**
 * An iCalendar (RFC 5545) text with one event per meeting, times in UTC. `origin` is the site's
 * address (https://host), used for the UID's host and the link back to each meeting.
 */
export function buildMeetingCalendar(
	meetings: readonly IcsMeeting[],
	options: { origin: string; name: string }
): string {
	const host = new URL(options.origin).hostname;
	const calendar = ical({
		name: options.name,
		prodId: { company: 'Kleinschalig', product: 'Praktijkleernetwerk', language: 'NL' },
		method: ICalCalendarMethod.PUBLISH
	});
	for (const meeting of meetings) {
		const link = `${options.origin}/leernetwerk/bijeenkomsten/${meeting.id}`;
		const online = meeting.onlineUrl ? format(t.ics.online, { url: meeting.onlineUrl }) : '';
		calendar.createEvent({
			id: meetingUid(meeting.id, host),
			sequence: meeting.sequence,
			stamp: meeting.updatedAt,
			lastModified: meeting.updatedAt,
			start: meeting.startsAt,
			end: meeting.endsAt,
			summary: (meeting.isCancelled ? t.ics.cancelledPrefix : '') + meeting.title,
			description: [meeting.description, online, link].filter(Boolean).join('\n\n'),
			location: meeting.location ?? (meeting.onlineUrl ? 'Online' : null),
			url: link,
			status: meeting.isCancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
		});
	}
	return calendar.toString();
}
