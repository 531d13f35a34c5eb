import { eq } from 'drizzle-orm';
import { m } from '../../../i18n/nl.ts';
import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import { isCoordinator, lockMeeting, participantOf, requireActor } from './meeting-access.ts';
import { cancelReminder, fillFreeSeats, notifyPromoted } from './seat-changes.ts';

const e = m.netwerk.meetings.errors;

/**
 * Cancels a registration: the participant's own, or any for the coordinator. The freed seat goes
 * to the first on the waiting list in the same transaction (the meeting row is locked, so two
 * cancellations at once never promote the same person or overfill); they get a mail.
 */
export async function cancelRegistration(
	actor: Actor | null | undefined,
	options: { registrationId: string; now?: Date }
): Promise<{ promoted: string[] }> {
	const known = requireActor(actor);
	const now = options.now ?? new Date();
	const r = schema.networkMeetingRegistration;
	const [found] = await getDb()
		.select({ meetingId: r.meetingId, participantId: r.participantId })
		.from(r)
		.where(eq(r.id, options.registrationId));
	if (!found) throw new AppError('not-found', e.registrationNotFound);
	if (!isCoordinator(known)) {
		const participant = await participantOf(known);
		if (!participant || participant.id !== found.participantId) {
			throw new AppError('forbidden', e.notOwnRegistration);
		}
	}
	const { meeting, promoted, changed } = await getDb().transaction(async (tx) => {
		const meeting = await lockMeeting(tx, found.meetingId);
		const [current] = await tx.select({ status: r.status }).from(r).where(eq(r.id, options.registrationId));
		if (!current || current.status === 'cancelled') return { meeting, promoted: [], changed: false };
		await tx.update(r).set({ status: 'cancelled', cancelledAt: now }).where(eq(r.id, options.registrationId));
		return { meeting, promoted: await fillFreeSeats(tx, meeting, now), changed: true };
	});
	if (changed) await cancelReminder(options.registrationId);
	await notifyPromoted(meeting, promoted, now);
	return { promoted };
}
