import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { assertCoordinator } from './meeting-access.ts';

/** Takes a question off a meeting's agenda (coordinator only); its status is left to the board. */
export async function unlinkQuestionFromMeeting(
	actor: Actor | null | undefined,
	questionId: string,
	meetingId: string
): Promise<void> {
	assertCoordinator(actor);
	await getDb()
		.delete(schema.meetingQuestion)
		.where(and(eq(schema.meetingQuestion.meetingId, meetingId), eq(schema.meetingQuestion.questionId, questionId)));
}
