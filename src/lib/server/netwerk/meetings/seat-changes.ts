import { and, eq, inArray } from 'drizzle-orm';
import { formatMeetingTime } from '../../../netwerk/meetings/amsterdam-time.ts';
import { promotionsFor, type QueueEntry } from '../../../netwerk/meetings/waiting-list.ts';
import { format, m } from '../../../i18n/nl.ts';
import { siteOrigin } from '../../auth/request-event.ts';
import { getDb, schema } from '../../db/index.ts';
import { cancelJob, scheduleJob } from '../../jobs/index.ts';
import { sendMail } from '../../mail/send-mail.ts';
import type { MeetingRow, Transaction } from './meeting-access.ts';

// What happens around a seat changing hands: filling free seats from the waiting list (inside the
// caller's transaction, with the meeting row locked), and afterwards the reminders and mails
// (outside it, so a slow mail server never holds the lock and PGlite's one connection is free).

/** The job kind of the reminder mail two days before a meeting. */
export const reminderJobKind = 'netwerk.meeting-reminder';

/** How long before the start the reminder goes out. */
export const reminderLeadMs = 2 * 24 * 3_600_000;

/** The registrations of a meeting as the waiting-list rules see them. */
export async function queueOf(tx: Transaction, meetingId: string): Promise<(QueueEntry & { participantId: string })[]> {
	const r = schema.networkMeetingRegistration;
	const rows = await tx
		.select({ id: r.id, status: r.status, queueNumber: r.queueNumber, participantId: r.participantId })
		.from(r)
		.where(eq(r.meetingId, meetingId));
	return rows.map((row) => ({ ...row, status: row.status as QueueEntry['status'] }));
}

/**
 * Moves waiting registrations into free seats, earliest first; returns their ids. Call with the
 * meeting locked. A cancelled or finished meeting promotes nobody.
 */
export async function fillFreeSeats(tx: Transaction, meeting: MeetingRow, now: Date): Promise<string[]> {
	if (meeting.status === 'cancelled' || meeting.endsAt <= now) return [];
	const promoted = promotionsFor(await queueOf(tx, meeting.id), meeting.capacity);
	if (promoted.length > 0) {
		await tx
			.update(schema.networkMeetingRegistration)
			.set({ status: 'confirmed', promotedAt: now })
			.where(
				and(
					inArray(schema.networkMeetingRegistration.id, promoted),
					eq(schema.networkMeetingRegistration.status, 'waiting')
				)
			);
	}
	return promoted;
}

/** Schedules (or moves) the reminder of a confirmed registration; none when it would be too late. */
export async function scheduleReminder(registrationId: string, startsAt: Date, now: Date): Promise<void> {
	const runAt = new Date(startsAt.getTime() - reminderLeadMs);
	if (runAt <= now) {
		await cancelJob(reminderJobKind, registrationId);
		return;
	}
	await scheduleJob(reminderJobKind, { registrationId }, { runAt, key: registrationId });
}

/** Removes the pending reminder of a registration, if any. */
export async function cancelReminder(registrationId: string): Promise<void> {
	await cancelJob(reminderJobKind, registrationId);
}

/** The link to a meeting's page, for mails. */
export function meetingLink(meetingId: string): string {
	return `${siteOrigin()}/leernetwerk/bijeenkomsten/${meetingId}`;
}

/** After promotion has been committed: schedule each promoted one's reminder and mail them. */
export async function notifyPromoted(meeting: MeetingRow, registrationIds: string[], now: Date): Promise<void> {
	if (registrationIds.length === 0) return;
	const r = schema.networkMeetingRegistration;
	const p = schema.networkParticipant;
	const people = await getDb()
		.select({ id: r.id, name: p.name, email: p.email })
		.from(r)
		.innerJoin(p, eq(p.id, r.participantId))
		.where(inArray(r.id, registrationIds));
	const t = m.netwerk.meetings.mail;
	for (const person of people) {
		await scheduleReminder(person.id, meeting.startsAt, now);
		await sendMail({
			to: person.email,
			subject: format(t.promotedSubject, { title: meeting.title }),
			text: format(t.promotedText, {
				name: person.name,
				title: meeting.title,
				when: formatMeetingTime(meeting.startsAt, meeting.endsAt),
				link: meetingLink(meeting.id)
			})
		});
	}
}
