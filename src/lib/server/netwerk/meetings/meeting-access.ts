import { eq } from 'drizzle-orm';
import { m } from '../../../i18n/nl.ts';
import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema, type Database } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import { findActiveParticipantByUserId, type Participant } from '../find-participant.ts';

const e = m.netwerk.meetings.errors;

/** The transaction type of the one Drizzle client. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** A stored meeting row. */
export type MeetingRow = typeof schema.networkMeeting.$inferSelect;

/** The actor, or AppError('unauthenticated') for an anonymous caller. */
export function requireActor(actor: Actor | null | undefined): Actor {
	if (!actor) throw new AppError('unauthenticated', e.loginNeeded);
	return actor;
}

/** Whether the actor manages the network's meetings: the coordinator (platform role) or an admin. */
export function isCoordinator(actor: Actor | null | undefined): boolean {
	return actor?.role === 'coordinator' || actor?.role === 'admin';
}

/** Throws unless the actor is the network coordinator (or an admin). */
export function assertCoordinator(actor: Actor | null | undefined): Actor {
	const known = requireActor(actor);
	if (!isCoordinator(known)) throw new AppError('forbidden', e.notCoordinator);
	return known;
}

/** The actor's active participant record, or AppError('forbidden') for anyone else. */
export async function requireParticipant(actor: Actor | null | undefined): Promise<Participant> {
	const known = requireActor(actor);
	const participant = known.id === 'system' ? null : await findActiveParticipantByUserId(known.id);
	if (!participant) throw new AppError('forbidden', e.notParticipant);
	return participant;
}

/** The actor's active participant record, or null (anonymous, not signed up, or not confirmed). */
export async function participantOf(actor: Actor | null | undefined): Promise<Participant | null> {
	if (!actor || actor.id === 'system') return null;
	return findActiveParticipantByUserId(actor.id);
}

/** The meeting, or AppError('not-found'). */
export async function findMeeting(meetingId: string): Promise<MeetingRow> {
	const [row] = await getDb().select().from(schema.networkMeeting).where(eq(schema.networkMeeting.id, meetingId));
	if (!row) throw new AppError('not-found', e.notFound);
	return row;
}

/**
 * The meeting locked for the rest of the transaction (SELECT … FOR UPDATE), or AppError('not-found').
 * Every change to a meeting's registrations takes this lock first, so seat counting and queue
 * numbers never race between requests or app instances.
 */
export async function lockMeeting(tx: Transaction, meetingId: string): Promise<MeetingRow> {
	const [row] = await tx
		.select()
		.from(schema.networkMeeting)
		.where(eq(schema.networkMeeting.id, meetingId))
		.for('update');
	if (!row) throw new AppError('not-found', e.notFound);
	return row;
}
