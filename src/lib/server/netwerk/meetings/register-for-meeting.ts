import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { m } from '../../../i18n/nl.ts';
import {
	nextQueueNumber,
	statusForNewRegistration,
	waitingPosition
} from '../../../netwerk/meetings/waiting-list.ts';
import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import { lockMeeting, requireParticipant } from './meeting-access.ts';
import { queueOf, scheduleReminder } from './seat-changes.ts';

const e = m.netwerk.meetings.errors;

/** The outcome of a registration: a seat, or a place on the waiting list (1 = next in line). */
export interface RegistrationResult {
	registrationId: string;
	status: 'confirmed' | 'waiting';
	position: number | null;
}

/**
 * Registers the actor (an active participant) for a meeting: a seat while one is free, otherwise
 * the waiting list. Registering again changes nothing; after cancelling, one joins at the back.
 */
export async function registerForMeeting(
	actor: Actor | null | undefined,
	options: { meetingId: string; now?: Date }
): Promise<RegistrationResult> {
	const participant = await requireParticipant(actor);
	const now = options.now ?? new Date();
	const result = await getDb().transaction(async (tx) => {
		const meeting = await lockMeeting(tx, options.meetingId);
		if (meeting.status === 'cancelled') throw new AppError('conflict', e.cancelled);
		if (meeting.startsAt <= now) throw new AppError('conflict', e.past);
		const queue = await queueOf(tx, meeting.id);
		const existing = queue.find((q) => q.participantId === participant.id);
		if (existing && existing.status !== 'cancelled') {
			const status = existing.status as 'confirmed' | 'waiting';
			return { registrationId: existing.id, status, position: waitingPosition(queue, existing.id), isNew: false, meeting };
		}
		const confirmed = queue.filter((q) => q.status === 'confirmed').length;
		const status = statusForNewRegistration(confirmed, meeting.capacity);
		const queueNumber = nextQueueNumber(queue);
		const values = {
			status,
			queueNumber,
			registeredAt: now,
			promotedAt: null,
			cancelledAt: null,
			attended: null,
			reminderSentAt: null
		};
		const r = schema.networkMeetingRegistration;
		const registrationId = existing?.id ?? randomUUID();
		if (existing) await tx.update(r).set(values).where(eq(r.id, existing.id));
		else await tx.insert(r).values({ id: registrationId, meetingId: meeting.id, participantId: participant.id, ...values });
		const after = [...queue.filter((q) => q.id !== registrationId), { id: registrationId, status, queueNumber }];
		return { registrationId, status, position: waitingPosition(after, registrationId), isNew: true, meeting };
	});
	if (result.isNew && result.status === 'confirmed') {
		await scheduleReminder(result.registrationId, result.meeting.startsAt, now);
	}
	return { registrationId: result.registrationId, status: result.status, position: result.position };
}
