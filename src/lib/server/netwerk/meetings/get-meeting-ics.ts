import { and, eq } from 'drizzle-orm';
import { buildMeetingCalendar } from '../../../netwerk/meetings/build-ics.ts';
import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { findMeeting, isCoordinator, participantOf } from './meeting-access.ts';
import { icsMeetingOf } from './ics-meeting.ts';

/**
 * The calendar file of one meeting. Public like the meeting page; the online link is only in it
 * for the coordinator and for participants who are registered or waiting.
 */
export async function getMeetingIcs(
	actor: Actor | null | undefined,
	options: { meetingId: string; origin: string }
): Promise<{ fileName: string; text: string }> {
	const row = await findMeeting(options.meetingId);
	let mayJoin = isCoordinator(actor);
	const participant = mayJoin ? null : await participantOf(actor);
	if (participant) {
		const r = schema.networkMeetingRegistration;
		const [own] = await getDb()
			.select({ status: r.status })
			.from(r)
			.where(and(eq(r.meetingId, row.id), eq(r.participantId, participant.id)));
		mayJoin = own?.status === 'confirmed' || own?.status === 'waiting';
	}
	const text = buildMeetingCalendar([icsMeetingOf(row, mayJoin)], { origin: options.origin, name: row.title });
	return { fileName: `bijeenkomst-${row.startsAt.toISOString().slice(0, 10)}.ics`, text };
}
