import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { hashCalendarToken, newCalendarToken } from './calendar-token.ts';
import { requireParticipant } from './meeting-access.ts';

/**
 * Makes a new personal calendar feed token for the actor (an active participant) and returns it;
 * the previous token stops working. Only the hash is stored, so the token is shown once.
 */
export async function regenerateCalendarFeed(actor: Actor | null | undefined): Promise<{ token: string }> {
	const participant = await requireParticipant(actor);
	const token = newCalendarToken();
	const tokenHash = hashCalendarToken(token);
	const now = new Date();
	await getDb()
		.insert(schema.networkCalendarFeed)
		.values({ participantId: participant.id, tokenHash, createdAt: now })
		.onConflictDoUpdate({ target: schema.networkCalendarFeed.participantId, set: { tokenHash, createdAt: now } });
	return { token };
}
