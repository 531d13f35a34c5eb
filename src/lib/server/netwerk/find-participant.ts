import { eq } from 'drizzle-orm';
import { schema } from '../db/index.ts';
import { participantQuery, toParticipant, type Participant } from './participant.ts';

export type { Participant } from './participant.ts';

/** The active participant linked to this account, or null (not signed up, or not yet confirmed). */
export async function findActiveParticipantByUserId(userId: string): Promise<Participant | null> {
	const [row] = await participantQuery().where(eq(schema.networkParticipant.userId, userId));
	return toParticipant(row);
}

/** The active participant with this id, or null. */
export async function findActiveParticipantById(participantId: string): Promise<Participant | null> {
	const [row] = await participantQuery().where(eq(schema.networkParticipant.id, participantId));
	return toParticipant(row);
}
