import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { parseInput } from '../validation.ts';
import { requireParticipant } from './access.ts';
import { questionThemeField } from './fields.ts';

const e = m.netwerk.errors;

const questionSchema = z.object({
	title: z.string(e.titleRequired).trim().min(1, e.titleRequired).max(200, e.titleTooLong),
	body: z.string(e.bodyRequired).trim().min(1, e.bodyRequired).max(5000, e.bodyTooLong),
	theme: questionThemeField
});

/** Participants: posts a question on the board (status open). */
export async function postQuestion(actor: Actor, input: unknown, now = new Date()): Promise<{ id: string }> {
	const data = parseInput(questionSchema, input);
	const participant = await requireParticipant(actor);
	const id = randomUUID();
	await getDb()
		.insert(schema.networkQuestion)
		.values({ id, participantId: participant.id, ...data, status: 'open', createdAt: now, updatedAt: now });
	return { id };
}
