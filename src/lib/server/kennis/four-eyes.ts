import { and, gt, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import type { ArticleRow } from './article-store.ts';

/**
 * Whether the actor took part in the unpublished work: wrote a revision since the last published
 * one, or sent it to review. Such an actor may not approve it (four-eyes principle).
 */
export async function hasWorkedOn(actor: Actor, article: ArticleRow): Promise<boolean> {
	if (article.submittedById !== null && article.submittedById === actor.id) return true;
	const authored = await getDb()
		.select({ id: schema.kennisRevision.id })
		.from(schema.kennisRevision)
		.where(
			and(
				eq(schema.kennisRevision.articleId, article.id),
				gt(schema.kennisRevision.number, article.publishedRevision ?? 0),
				eq(schema.kennisRevision.authorId, actor.id)
			)
		)
		.limit(1);
	return authored.length > 0;
}
