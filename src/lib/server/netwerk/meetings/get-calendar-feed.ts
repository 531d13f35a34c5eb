import { and, asc, eq } from 'drizzle-orm';
import { m } from '../../../i18n/nl.ts';
import { buildMeetingCalendar } from '../../../netwerk/meetings/build-ics.ts';
import { getDb, schema } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import { hashCalendarToken } from './calendar-token.ts';
import { icsMeetingOf } from './ics-meeting.ts';

/**
 * The personal calendar feed of the participant whose secret token this is: every meeting they
 * hold a seat for (cancelled meetings stay in it, marked cancelled, so calendars update).
 * The token is the only credential: calendar programs cannot log in.
 */
export async function getCalendarFeed(options: { token: string; origin: string }): Promise<string> {
	const [feed] = await getDb()
		.select({ participantId: schema.networkCalendarFeed.participantId })
		.from(schema.networkCalendarFeed)
		.where(eq(schema.networkCalendarFeed.tokenHash, hashCalendarToken(options.token)));
	if (!feed) throw new AppError('not-found', m.netwerk.meetings.errors.feedNotFound);
	const r = schema.networkMeetingRegistration;
	const rows = await getDb()
		.select({ meeting: schema.networkMeeting })
		.from(r)
		.innerJoin(schema.networkMeeting, eq(schema.networkMeeting.id, r.meetingId))
		.where(and(eq(r.participantId, feed.participantId), eq(r.status, 'confirmed')))
		.orderBy(asc(schema.networkMeeting.startsAt));
	return buildMeetingCalendar(
		rows.map((row) => icsMeetingOf(row.meeting, true)),
		{ origin: options.origin, name: m.netwerk.meetings.feed.calendarName }
	);
}
