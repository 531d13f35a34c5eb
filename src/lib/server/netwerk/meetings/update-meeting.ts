import { and, eq } from 'drizzle-orm';
import { meetingInputSchema } from '../../../netwerk/meetings/meeting-input.ts';
import { format, m } from '../../../i18n/nl.ts';
import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { assertCoordinator, lockMeeting } from './meeting-access.ts';
import { fillFreeSeats, notifyPromoted, queueOf, scheduleReminder } from './seat-changes.ts';

const e = m.netwerk.meetings.errors;

/**
 * Changes a meeting (coordinator only). The capacity may not drop below the confirmed count
 * (nobody is moved back to the waiting list); a higher capacity promotes from the waiting list.
 * When the time changes, every confirmed participant's reminder moves with it (and is sent again).
 */
export async function updateMeeting(
	actor: Actor | null | undefined,
	options: { meetingId: string; input: unknown; now?: Date }
): Promise<void> {
	assertCoordinator(actor);
	const input = parseInput(meetingInputSchema, options.input);
	const now = options.now ?? new Date();
	const { meeting, promoted, timeChanged, confirmedIds } = await getDb().transaction(async (tx) => {
		const before = await lockMeeting(tx, options.meetingId);
		if (before.status === 'cancelled') throw new AppError('conflict', e.alreadyCancelled);
		const queue = await queueOf(tx, before.id);
		const confirmedCount = queue.filter((q) => q.status === 'confirmed').length;
		if (input.capacity < confirmedCount) {
			const message = format(e.capacityBelowConfirmed, { count: confirmedCount });
			throw new AppError('invalid-input', message, [{ path: 'capacity', message }]);
		}
		const timeChanged = before.startsAt.getTime() !== input.startsAt.getTime();
		const [meeting] = await tx
			.update(schema.networkMeeting)
			.set({ ...input, sequence: before.sequence + 1, updatedAt: now })
			.where(eq(schema.networkMeeting.id, before.id))
			.returning();
		if (timeChanged) {
			// The participants are told the new time by a fresh reminder.
			await tx
				.update(schema.networkMeetingRegistration)
				.set({ reminderSentAt: null })
				.where(
					and(
						eq(schema.networkMeetingRegistration.meetingId, before.id),
						eq(schema.networkMeetingRegistration.status, 'confirmed')
					)
				);
		}
		const promoted = await fillFreeSeats(tx, meeting!, now);
		const confirmedIds = queue.filter((q) => q.status === 'confirmed').map((q) => q.id);
		return { meeting: meeting!, promoted, timeChanged, confirmedIds };
	});
	if (timeChanged) {
		for (const id of confirmedIds) await scheduleReminder(id, meeting.startsAt, now);
	}
	await notifyPromoted(meeting, promoted, now);
}
