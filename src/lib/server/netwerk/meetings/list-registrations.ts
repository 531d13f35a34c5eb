import { asc, eq } from 'drizzle-orm';
import { waitingPosition } from '../../../netwerk/meetings/waiting-list.ts';
import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { assertCoordinator, findMeeting } from './meeting-access.ts';

/** One registration as the coordinator sees it. */
export interface RegistrationRow {
	id: string;
	name: string;
	email: string;
	organization: string | null;
	status: 'confirmed' | 'waiting' | 'cancelled';
	/** Place on the waiting list (1 = next), or null. */
	position: number | null;
	registeredAt: Date;
	attended: boolean | null;
}

/** Every registration of a meeting in queue order (coordinator only). */
export async function listRegistrations(
	actor: Actor | null | undefined,
	options: { meetingId: string }
): Promise<{ meeting: { id: string; title: string; startsAt: Date; endsAt: Date }; registrations: RegistrationRow[] }> {
	assertCoordinator(actor);
	const meeting = await findMeeting(options.meetingId);
	const r = schema.networkMeetingRegistration;
	const p = schema.networkParticipant;
	const rows = await getDb()
		.select({
			id: r.id,
			name: p.name,
			email: p.email,
			organizationName: schema.organization.name,
			proposedOrganizationName: p.proposedOrganizationName,
			status: r.status,
			queueNumber: r.queueNumber,
			registeredAt: r.registeredAt,
			attended: r.attended
		})
		.from(r)
		.innerJoin(p, eq(p.id, r.participantId))
		.leftJoin(schema.organization, eq(schema.organization.id, p.organizationId))
		.where(eq(r.meetingId, meeting.id))
		.orderBy(asc(r.queueNumber));
	const entries = rows.map((row) => ({ id: row.id, status: row.status as RegistrationRow['status'], queueNumber: row.queueNumber }));
	return {
		meeting: { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt },
		registrations: rows.map((row) => ({
			id: row.id,
			name: row.name,
			email: row.email,
			organization: row.organizationName ?? row.proposedOrganizationName,
			status: row.status as RegistrationRow['status'],
			position: waitingPosition(entries, row.id),
			registeredAt: row.registeredAt,
			attended: row.attended
		}))
	};
}
