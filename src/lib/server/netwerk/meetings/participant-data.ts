import { asc, eq } from 'drizzle-orm';
import { getDb, schema } from '../../db/index.ts';
import { lockMeeting } from './meeting-access.ts';
import { cancelReminder, fillFreeSeats, notifyPromoted } from './seat-changes.ts';

/** One registration in a participant's data export. */
export interface MeetingDataItem {
	meetingId: string;
	meetingTitle: string;
	startsAt: string;
	endsAt: string;
	status: string;
	registeredAt: string;
	promotedAt: string | null;
	cancelledAt: string | null;
	attended: boolean | null;
	reminderSentAt: string | null;
}

/** Every meeting registration of a participant, as JSON-able data for their privacy export. */
export async function collectMeetingData(participantId: string): Promise<{ registrations: MeetingDataItem[]; hasCalendarFeed: boolean }> {
	const r = schema.networkMeetingRegistration;
	const mt = schema.networkMeeting;
	const rows = await getDb()
		.select({ registration: r, title: mt.title, startsAt: mt.startsAt, endsAt: mt.endsAt })
		.from(r)
		.innerJoin(mt, eq(mt.id, r.meetingId))
		.where(eq(r.participantId, participantId))
		.orderBy(asc(mt.startsAt));
	const [feed] = await getDb()
		.select({ id: schema.networkCalendarFeed.participantId })
		.from(schema.networkCalendarFeed)
		.where(eq(schema.networkCalendarFeed.participantId, participantId));
	const iso = (d: Date | null) => (d ? d.toISOString() : null);
	return {
		registrations: rows.map(({ registration, title, startsAt, endsAt }) => ({
			meetingId: registration.meetingId,
			meetingTitle: title,
			startsAt: startsAt.toISOString(),
			endsAt: endsAt.toISOString(),
			status: registration.status,
			registeredAt: registration.registeredAt.toISOString(),
			promotedAt: iso(registration.promotedAt),
			cancelledAt: iso(registration.cancelledAt),
			attended: registration.attended,
			reminderSentAt: iso(registration.reminderSentAt)
		})),
		hasCalendarFeed: feed !== undefined
	};
}

/**
 * Removes every registration and the calendar feed of a participant (account deletion). A freed
 * seat goes to the first on that meeting's waiting list, who is mailed, as with a cancellation.
 */
export async function removeMeetingData(participantId: string, now: Date = new Date()): Promise<void> {
	const r = schema.networkMeetingRegistration;
	const registrations = await getDb()
		.select({ id: r.id, meetingId: r.meetingId })
		.from(r)
		.where(eq(r.participantId, participantId));
	for (const registration of registrations) {
		const { meeting, promoted } = await getDb().transaction(async (tx) => {
			const meeting = await lockMeeting(tx, registration.meetingId);
			await tx.delete(r).where(eq(r.id, registration.id));
			return { meeting, promoted: await fillFreeSeats(tx, meeting, now) };
		});
		await cancelReminder(registration.id);
		await notifyPromoted(meeting, promoted, now);
	}
	await getDb().delete(schema.networkCalendarFeed).where(eq(schema.networkCalendarFeed.participantId, participantId));
}
