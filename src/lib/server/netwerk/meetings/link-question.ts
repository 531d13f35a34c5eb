import { and, eq } from 'drizzle-orm';
import { m } from '../../../i18n/nl.ts';
import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import { assertCoordinator, findMeeting } from './meeting-access.ts';

const e = m.netwerk.meetings.errors;

/**
 * Puts a question from the board on a meeting's agenda (coordinator only). Linking twice changes
 * nothing. An open question becomes 'scheduled', so the board shows it is on an agenda.
 */
export async function linkQuestionToMeeting(
	actor: Actor | null | undefined,
	questionId: string,
	meetingId: string
): Promise<void> {
	assertCoordinator(actor);
	await findMeeting(meetingId);
	const q = schema.networkQuestion;
	const [question] = await getDb().select({ id: q.id }).from(q).where(eq(q.id, questionId));
	if (!question) {
		throw new AppError('not-found', e.questionNotFound, [{ path: 'questionId', message: e.questionNotFound }]);
	}
	await getDb().insert(schema.meetingQuestion).values({ meetingId, questionId }).onConflictDoNothing();
	await getDb()
		.update(q)
		.set({ status: 'scheduled', updatedAt: new Date() })
		.where(and(eq(q.id, questionId), eq(q.status, 'open')));
}
