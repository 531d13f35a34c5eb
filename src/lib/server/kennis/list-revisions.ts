import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { findArticle } from './article-store.ts';
import { requireEditor } from './kennis-access.ts';

/** One revision in the history list. */
export interface RevisionSummary {
	number: number;
	kind: string;
	title: string;
	authorName: string | null;
	restoredFrom: number | null;
	createdAt: string;
	isPublished: boolean;
}

/** Every revision of an article, newest first (editors and admins only). */
export async function listRevisions(
	actor: Actor | null | undefined,
	options: { slug: string }
): Promise<{ slug: string; title: string; latestRevision: number; revisions: RevisionSummary[] }> {
	requireEditor(actor);
	const article = await findArticle(options.slug);
	const rows = await getDb()
		.select()
		.from(schema.kennisRevision)
		.where(eq(schema.kennisRevision.articleId, article.id))
		.orderBy(desc(schema.kennisRevision.number));
	return {
		slug: article.slug,
		title: rows[0]?.content.title ?? article.slug,
		latestRevision: article.latestRevision,
		revisions: rows.map((row) => ({
			number: row.number,
			kind: row.kind,
			title: row.content.title,
			authorName: row.authorName,
			restoredFrom: row.restoredFrom,
			createdAt: row.createdAt.toISOString(),
			isPublished: row.number === article.publishedRevision
		}))
	};
}
