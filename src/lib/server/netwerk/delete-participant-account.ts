import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { parseInput } from '../validation.ts';
import { requireParticipant } from './access.ts';
import { removeMeetingData } from './meetings/participant-data.ts';

const confirmSchema = z.object({ confirm: z.literal('VERWIJDER', m.netwerk.errors.confirmDeleteRequired) });

/**
 * A participant erases their account (AVG art. 17): meeting registrations are removed first (so
 * waiting lists move up), then the account; the database cascades to the participant, consents
 * and votes, while questions and replies stay with their author set to null (anonymised).
 */
export async function deleteParticipantAccount(actor: Actor, input: unknown): Promise<void> {
	parseInput(confirmSchema, input);
	const participant = await requireParticipant(actor);

	await removeMeetingData(participant.id);
	const db = getDb();
	await db.transaction(async (tx) => {
		// Explicitly, not only by cascade: the participant row must go even if the account link differs.
		await tx.delete(schema.networkParticipant).where(eq(schema.networkParticipant.id, participant.id));
		await tx.delete(schema.user).where(eq(schema.user.id, participant.userId));
	});
}
