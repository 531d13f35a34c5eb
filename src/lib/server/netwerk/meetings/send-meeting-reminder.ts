import { and, eq, exists, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { formatMeetingTime } from '../../../netwerk/meetings/amsterdam-time.ts';
import { format, m } from '../../../i18n/nl.ts';
import { getDb, schema } from '../../db/index.ts';
import { sendMail } from '../../mail/send-mail.ts';
import { meetingLink } from './seat-changes.ts';

const payloadSchema = z.object({ registrationId: z.string().min(1) });

/**
 * The 'netwerk.meeting-reminder' job: mails a confirmed participant two days before a meeting
 * that still takes place. The registration is claimed by setting `reminderSentAt` in one UPDATE
 * first, so a retried or doubly started job never mails twice; if sending fails, the claim is
 * released and the job's retry tries again.
 */
export async function sendMeetingReminder(payload: Record<string, unknown>, context: { now: Date } = { now: new Date() }): Promise<void> {
	const parsed = payloadSchema.safeParse(payload);
	if (!parsed.success) return; // A malformed payload can never succeed; retrying would not help.
	const r = schema.networkMeetingRegistration;
	const mt = schema.networkMeeting;
	const claimed = await getDb()
		.update(r)
		.set({ reminderSentAt: context.now })
		.where(
			and(
				eq(r.id, parsed.data.registrationId),
				eq(r.status, 'confirmed'),
				isNull(r.reminderSentAt),
				exists(
					getDb()
						.select({ one: sql`1` })
						.from(mt)
						.where(and(eq(mt.id, r.meetingId), eq(mt.status, 'scheduled'), gt(mt.startsAt, context.now)))
				)
			)
		)
		.returning({ id: r.id, meetingId: r.meetingId, participantId: r.participantId });
	const registration = claimed[0];
	if (!registration) return;
	const [found] = await getDb()
		.select({ meeting: mt, name: schema.networkParticipant.name, email: schema.networkParticipant.email })
		.from(mt)
		.innerJoin(schema.networkParticipant, eq(schema.networkParticipant.id, registration.participantId))
		.where(eq(mt.id, registration.meetingId));
	if (!found) return;
	const t = m.netwerk.meetings.mail;
	const { meeting } = found;
	const place = [
		meeting.location ? format(t.place, { location: meeting.location }) : '',
		meeting.onlineUrl ? format(t.online, { url: meeting.onlineUrl }) : ''
	]
		.filter(Boolean)
		.join('\n');
	const when = formatMeetingTime(meeting.startsAt, meeting.endsAt);
	try {
		await sendMail({
			to: found.email,
			subject: format(t.reminderSubject, { title: meeting.title, date: when.split(',')[0]! }),
			text: format(t.reminderText, { name: found.name, title: meeting.title, when, place, link: meetingLink(meeting.id) })
		});
	} catch (err) {
		await getDb().update(r).set({ reminderSentAt: null }).where(eq(r.id, registration.id));
		throw err;
	}
}
