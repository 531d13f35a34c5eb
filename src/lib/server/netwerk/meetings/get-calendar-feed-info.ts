import { eq } from 'drizzle-orm';
import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { requireParticipant } from './meeting-access.ts';

/** Since when the actor (a participant) has a personal feed, or null when they have none. */
export async function getCalendarFeedInfo(actor: Actor | null | undefined): Promise<{ createdAt: Date } | null> {
	const participant = await requireParticipant(actor);
	const [row] = await getDb()
		.select({ createdAt: schema.networkCalendarFeed.createdAt })
		.from(schema.networkCalendarFeed)
		.where(eq(schema.networkCalendarFeed.participantId, participant.id));
	return row ?? null;
}
