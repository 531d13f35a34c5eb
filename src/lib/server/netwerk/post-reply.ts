import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { requireParticipant } from './access.ts';

const e = m.netwerk.errors;

const replySchema = z.object({
	body: z.string(e.bodyRequired).trim().min(1, e.bodyRequired).max(5000, e.bodyTooLong)
});

/** Participants: replies to a question. */
export async function postReply(
	actor: Actor,
	questionId: string,
	input: unknown,
	now = new Date()
): Promise<{ id: string }> {
	const data = parseInput(replySchema, input);
	const participant = await requireParticipant(actor);
	const db = getDb();
	const [question] = await db
		.select({ id: schema.networkQuestion.id })
		.from(schema.networkQuestion)
		.where(eq(schema.networkQuestion.id, questionId));
	if (!question) throw new AppError('not-found', e.questionNotFound);
	const id = randomUUID();
	await db
		.insert(schema.networkQuestionReply)
		.values({ id, questionId, participantId: participant.id, body: data.body, createdAt: now });
	return { id };
}
