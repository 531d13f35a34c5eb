import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { articleStatuses, type ArticleStatus } from '../../kennis/article-content.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { parseInput } from '../validation.ts';
import { requireEditor } from './kennis-access.ts';

/** One row of the editors' article list: the latest revision and the editorial state. */
export interface EditorArticleRow {
	slug: string;
	title: string;
	themeTitle: string;
	status: ArticleStatus;
	latestRevision: number;
	publishedRevision: number | null;
	updatedAt: string;
	reviewBy: string | null;
	authorName: string | null;
}

const PAGE_SIZE = 25;

const listSchema = z.object({
	status: z.enum(articleStatuses).optional(),
	page: z.coerce.number().int().min(1).default(1)
});

const a = schema.kennisArticle;
const r = schema.kennisRevision;
const t = schema.kennisTheme;

/** All articles for editors (any state), latest change first, one page of 25 at a time. */
export async function listEditorArticles(
	actor: Actor | null | undefined,
	options: { status?: string; page?: number | string } = {}
): Promise<{ rows: EditorArticleRow[]; total: number; page: number; pages: number }> {
	requireEditor(actor);
	const { status, page } = parseInput(listSchema, options);
	const where: SQL | undefined = status ? eq(a.status, status) : undefined;
	const db = getDb();
	const [counted] = await db.select({ n: count() }).from(a).where(where);
	const total = counted?.n ?? 0;
	const rows = await db
		.select({
			slug: a.slug,
			status: a.status,
			latestRevision: a.latestRevision,
			publishedRevision: a.publishedRevision,
			updatedAt: a.updatedAt,
			content: r.content,
			reviewBy: r.reviewBy,
			authorName: r.authorName,
			themeTitle: t.title
		})
		.from(a)
		.innerJoin(r, and(eq(r.articleId, a.id), eq(r.number, a.latestRevision)))
		.innerJoin(t, eq(t.id, r.themeId))
		.where(where)
		.orderBy(desc(a.updatedAt), asc(a.slug))
		.limit(PAGE_SIZE)
		.offset((page - 1) * PAGE_SIZE);
	return {
		rows: rows.map((row) => ({
			slug: row.slug,
			title: row.content.title,
			themeTitle: row.themeTitle,
			status: row.status as ArticleStatus,
			latestRevision: row.latestRevision,
			publishedRevision: row.publishedRevision,
			updatedAt: row.updatedAt.toISOString(),
			reviewBy: row.reviewBy,
			authorName: row.authorName
		})),
		total,
		page,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE))
	};
}
