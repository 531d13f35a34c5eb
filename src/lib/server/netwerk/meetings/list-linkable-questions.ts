import { and, desc, eq, ne, notExists } from 'drizzle-orm';
import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { assertCoordinator } from './meeting-access.ts';

/** Questions the coordinator can still put on a meeting's agenda: not answered, not linked yet. */
export async function listLinkableQuestions(
	actor: Actor | null | undefined,
	options: { meetingId: string }
): Promise<{ id: string; title: string }[]> {
	assertCoordinator(actor);
	const q = schema.networkQuestion;
	const mq = schema.meetingQuestion;
	return getDb()
		.select({ id: q.id, title: q.title })
		.from(q)
		.where(
			and(
				ne(q.status, 'answered'),
				notExists(
					getDb()
						.select({ one: mq.questionId })
						.from(mq)
						.where(and(eq(mq.questionId, q.id), eq(mq.meetingId, options.meetingId)))
				)
			)
		)
		.orderBy(desc(q.voteCount), desc(q.createdAt))
		.limit(200);
}
