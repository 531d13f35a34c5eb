import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../../i18n/nl.ts';
import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { parseInput } from '../../validation.ts';
import { assertCoordinator, findMeeting } from './meeting-access.ts';

const e = m.netwerk.meetings.errors;

/** Attendance per registration id: 'yes', 'no', or '' (not recorded). */
const attendanceSchema = z.record(z.string(), z.enum(['yes', 'no', ''], e.attendance), e.attendance);

/** Records who attended (coordinator only); registrations of other meetings are ignored. */
export async function recordAttendance(
	actor: Actor | null | undefined,
	options: { meetingId: string; attendance: unknown }
): Promise<{ updated: number }> {
	assertCoordinator(actor);
	const attendance = parseInput(attendanceSchema, options.attendance);
	const meeting = await findMeeting(options.meetingId);
	const r = schema.networkMeetingRegistration;
	let updated = 0;
	await getDb().transaction(async (tx) => {
		for (const [registrationId, value] of Object.entries(attendance)) {
			const rows = await tx
				.update(r)
				.set({ attended: value === '' ? null : value === 'yes' })
				.where(and(eq(r.id, registrationId), eq(r.meetingId, meeting.id)))
				.returning({ id: r.id });
			updated += rows.length;
		}
	});
	return { updated };
}
