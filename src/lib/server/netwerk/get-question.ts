import { asc, eq } from 'drizzle-orm';
import { getDb, schema } from '../db/index.ts';
import { votedBy } from './list-questions.ts';

export interface QuestionDetail {
	id: string;
	title: string;
	body: string;
	theme: string;
	status: string;
	votes: number;
	answerArticleSlug: string | null;
	answerReplyId: string | null;
	authorName: string | null;
	createdAt: Date;
	voted: boolean;
	replies: { id: string; body: string; authorName: string | null; createdAt: Date }[];
}

/** Public: one question with its replies (author names null once anonymised), or null. */
export async function getQuestion(
	id: string,
	viewer: { participantId: string | null } = { participantId: null }
): Promise<QuestionDetail | null> {
	const db = getDb();
	const q = schema.networkQuestion;
	const p = schema.networkParticipant;
	const [row] = await db
		.select({
			id: q.id,
			title: q.title,
			body: q.body,
			theme: q.theme,
			status: q.status,
			votes: q.voteCount,
			answerArticleSlug: q.answerArticleSlug,
			answerReplyId: q.answerReplyId,
			authorName: p.name,
			createdAt: q.createdAt
		})
		.from(q)
		.leftJoin(p, eq(p.id, q.participantId))
		.where(eq(q.id, id));
	if (!row) return null;
	const r = schema.networkQuestionReply;
	const replies = await db
		.select({ id: r.id, body: r.body, authorName: p.name, createdAt: r.createdAt })
		.from(r)
		.leftJoin(p, eq(p.id, r.participantId))
		.where(eq(r.questionId, id))
		.orderBy(asc(r.createdAt), r.id);
	const voted = viewer.participantId
		? (
				await db
					.select({ q: schema.networkQuestionVote.questionId })
					.from(schema.networkQuestionVote)
					.where(votedBy(id, viewer.participantId))
			).length > 0
		: false;
	return { ...row, voted, replies };
}
