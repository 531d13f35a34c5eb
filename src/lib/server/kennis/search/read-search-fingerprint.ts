import { count, isNotNull, max, sql } from 'drizzle-orm';
import { getDb, schema } from '../../db/index.ts';

const a = schema.kennisArticle;
const t = schema.kennisTheme;

/**
 * A cheap fingerprint of everything the search index is built from: published articles (count,
 * sum of published revision numbers, latest publication and change) and theme titles. Another
 * app instance that publishes or archives changes it, so every instance notices without messages.
 */
export async function readSearchFingerprint(): Promise<string> {
	const db = getDb();
	const [articles] = await db
		.select({
			count: count(),
			revisions: sql<string>`coalesce(sum(${a.publishedRevision}), 0)::text`,
			publishedAt: sql<string>`coalesce(max(${a.publishedAt})::text, '')`,
			updatedAt: sql<string>`coalesce(${max(a.updatedAt)}::text, '')`
		})
		.from(a)
		.where(isNotNull(a.publishedRevision));
	const [themes] = await db
		.select({
			count: count(),
			titles: sql<string>`md5(coalesce(string_agg(${t.slug} || '=' || ${t.title}, '|' order by ${t.slug}), ''))`
		})
		.from(t);
	return [
		articles?.count,
		articles?.revisions,
		articles?.publishedAt,
		articles?.updatedAt,
		themes?.count,
		themes?.titles
	].join('/');
}
