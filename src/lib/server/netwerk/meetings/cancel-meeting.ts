import { eq } from 'drizzle-orm';
import { formatMeetingTime } from '../../../netwerk/meetings/amsterdam-time.ts';
import { format, m } from '../../../i18n/nl.ts';
import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import { sendMail } from '../../mail/send-mail.ts';
import { assertCoordinator, lockMeeting } from './meeting-access.ts';
import { cancelReminder } from './seat-changes.ts';

const e = m.netwerk.meetings.errors;

/**
 * Calls a meeting off (coordinator only). Registrations are kept (for the history and the calendar
 * feeds, which then show the event as cancelled); reminders are dropped and everyone who was
 * registered or waiting gets a mail.
 */
export async function cancelMeeting(
	actor: Actor | null | undefined,
	options: { meetingId: string; now?: Date }
): Promise<void> {
	assertCoordinator(actor);
	const now = options.now ?? new Date();
	const { meeting, registrations } = await getDb().transaction(async (tx) => {
		const before = await lockMeeting(tx, options.meetingId);
		if (before.status === 'cancelled') throw new AppError('conflict', e.alreadyCancelled);
		const [meeting] = await tx
			.update(schema.networkMeeting)
			.set({ status: 'cancelled', sequence: before.sequence + 1, updatedAt: now })
			.where(eq(schema.networkMeeting.id, before.id))
			.returning();
		const r = schema.networkMeetingRegistration;
		const p = schema.networkParticipant;
		const registrations = await tx
			.select({ id: r.id, status: r.status, name: p.name, email: p.email })
			.from(r)
			.innerJoin(p, eq(p.id, r.participantId))
			.where(eq(r.meetingId, before.id));
		return { meeting: meeting!, registrations };
	});
	const t = m.netwerk.meetings.mail;
	const when = formatMeetingTime(meeting.startsAt, meeting.endsAt);
	for (const person of registrations) {
		await cancelReminder(person.id);
		if (person.status === 'cancelled') continue;
		await sendMail({
			to: person.email,
			subject: format(t.cancelledSubject, { title: meeting.title }),
			text: format(t.cancelledText, { name: person.name, title: meeting.title, when })
		});
	}
}
