import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { networkThemeSlugs } from '../../netwerk/themes.ts';
import { pageField, pageWindow, type Page } from '../accounts/pagination.ts';
import { getDb, schema } from '../db/index.ts';

export interface QuestionListItem {
	id: string;
	title: string;
	theme: string;
	status: string;
	votes: number;
	replies: number;
	authorName: string | null;
	createdAt: Date;
	/** Whether the viewing participant voted for it. */
	voted: boolean;
}

/** The board's query string: sort (votes | newest), theme, page; anything invalid falls back. */
export const questionQuerySchema = z.object({
	sort: z.enum(['votes', 'newest']).catch('votes'),
	theme: z.enum(networkThemeSlugs).optional().catch(undefined),
	page: pageField
});

export type QuestionQuery = z.output<typeof questionQuerySchema>;

/** Public: the questions board, sorted by votes or newest, filtered by theme, a page at a time. */
export async function listQuestions(
	query: QuestionQuery,
	viewer: { participantId: string | null } = { participantId: null },
	pageSize = 20
): Promise<Page<QuestionListItem>> {
	const db = getDb();
	const q = schema.networkQuestion;
	const where: SQL | undefined = query.theme ? eq(q.theme, query.theme) : undefined;
	const [counted] = await db.select({ total: count() }).from(q).where(where);
	const total = counted?.total ?? 0;
	const { page, pages, offset } = pageWindow(total, query.page, pageSize);
	const r = schema.networkQuestionReply;
	const v = schema.networkQuestionVote;
	const order =
		query.sort === 'newest' ? [desc(q.createdAt), q.id] : [desc(q.voteCount), desc(q.createdAt), q.id];
	const items = await db
		.select({
			id: q.id,
			title: q.title,
			theme: q.theme,
			status: q.status,
			votes: q.voteCount,
			replies: sql<number>`(select count(*) from ${r} where ${r.questionId} = ${q.id})::int`,
			authorName: schema.networkParticipant.name,
			createdAt: q.createdAt,
			voted: viewer.participantId
				? sql<boolean>`exists (select 1 from ${v} where ${v.questionId} = ${q.id} and ${v.participantId} = ${viewer.participantId})`
				: sql<boolean>`false`
		})
		.from(q)
		.leftJoin(schema.networkParticipant, eq(schema.networkParticipant.id, q.participantId))
		.where(where)
		.orderBy(...order)
		.limit(pageSize)
		.offset(offset);
	return { items, total, page, pages, pageSize };
}

/** Shared by list and detail: the condition "this participant voted for this question". */
export function votedBy(questionId: string, participantId: string): SQL {
	const v = schema.networkQuestionVote;
	return and(eq(v.questionId, questionId), eq(v.participantId, participantId)) as SQL;
}
