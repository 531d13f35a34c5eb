import { and, desc, eq, isNotNull, ne, type SQL } from 'drizzle-orm';
import type { ArticleContent } from '../../kennis/article-content.ts';
import { getDb, schema } from '../db/index.ts';

/** What readers see of one article: the content of its published revision and its dates. */
export interface PublishedArticle {
	slug: string;
	revision: number;
	content: ArticleContent;
	bodyHtml: string;
	themeSlug: string;
	themeTitle: string;
	firstPublishedAt: Date;
	publishedAt: Date;
}

const a = schema.kennisArticle;
const r = schema.kennisRevision;
const t = schema.kennisTheme;

/**
 * The published articles that match `where` (on revision or theme columns), newest first. The
 * one place that decides what readers may see: a published revision of an article not archived.
 */
export async function selectPublished(where?: SQL, limit?: number): Promise<PublishedArticle[]> {
	const query = getDb()
		.select({
			slug: a.slug,
			revision: r.number,
			content: r.content,
			bodyHtml: r.bodyHtml,
			themeSlug: t.slug,
			themeTitle: t.title,
			firstPublishedAt: a.firstPublishedAt,
			publishedAt: a.publishedAt
		})
		.from(a)
		.innerJoin(r, and(eq(r.articleId, a.id), eq(r.number, a.publishedRevision)))
		.innerJoin(t, eq(t.id, r.themeId))
		.where(and(isNotNull(a.publishedRevision), ne(a.status, 'archived'), where))
		.orderBy(desc(a.publishedAt), a.slug);
	const rows = limit === undefined ? await query : await query.limit(limit);
	return rows.map((row) => ({
		...row,
		firstPublishedAt: row.firstPublishedAt ?? row.publishedAt ?? new Date(0),
		publishedAt: row.publishedAt ?? new Date(0)
	}));
}
