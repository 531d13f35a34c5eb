import { eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { findArticle, logEvent } from './article-store.ts';
import { authorOf, requireEditor } from './kennis-access.ts';
import { invalidateSearchIndex } from './search/invalidate-search-index.ts';

/**
 * Archives an article: readers no longer see it, its revisions and log stay. The published
 * revision is cleared, so taking it out of the archive needs a fresh approval.
 */
export async function archiveArticle(
	actor: Actor | null | undefined,
	options: { slug: string }
): Promise<{ slug: string; status: 'archived' }> {
	const editor = requireEditor(actor);
	const article = await findArticle(options.slug);
	if (article.status === 'archived') throw new AppError('conflict', m.kennis.errors.notPublished);
	const author = await authorOf(editor);
	await getDb().transaction(async (tx) => {
		await tx
			.update(schema.kennisArticle)
			.set({ status: 'archived', publishedRevision: null, submittedById: null, updatedAt: new Date() })
			.where(eq(schema.kennisArticle.id, article.id));
		await logEvent(tx, {
			articleId: article.id,
			revision: article.latestRevision,
			action: 'archived',
			author
		});
	});
	invalidateSearchIndex();
	return { slug: article.slug, status: 'archived' };
}

/** Takes an article out of the archive as a draft (it must be approved again to be read). */
export async function unarchiveArticle(
	actor: Actor | null | undefined,
	options: { slug: string }
): Promise<{ slug: string; status: 'draft' }> {
	const editor = requireEditor(actor);
	const article = await findArticle(options.slug);
	if (article.status !== 'archived') throw new AppError('conflict', m.kennis.errors.notArchived);
	const author = await authorOf(editor);
	await getDb().transaction(async (tx) => {
		await tx
			.update(schema.kennisArticle)
			.set({ status: 'draft', updatedAt: new Date() })
			.where(eq(schema.kennisArticle.id, article.id));
		await logEvent(tx, {
			articleId: article.id,
			revision: article.latestRevision,
			action: 'unarchived',
			author
		});
	});
	return { slug: article.slug, status: 'draft' };
}
