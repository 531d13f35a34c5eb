import { and, eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { findArticle, logEvent } from './article-store.ts';
import { authorOf, requireEditor } from './kennis-access.ts';

/** Sends an article under review back to draft (the reviewer wants changes first). */
export async function returnToDraft(
	actor: Actor | null | undefined,
	options: { slug: string }
): Promise<{ slug: string; status: 'draft' }> {
	const editor = requireEditor(actor);
	const article = await findArticle(options.slug);
	if (article.status !== 'review') throw new AppError('conflict', m.kennis.errors.notInReview);
	const author = await authorOf(editor);
	await getDb().transaction(async (tx) => {
		await tx
			.update(schema.kennisArticle)
			.set({ status: 'draft', submittedById: null, updatedAt: new Date() })
			.where(and(eq(schema.kennisArticle.id, article.id), eq(schema.kennisArticle.status, 'review')));
		await logEvent(tx, {
			articleId: article.id,
			revision: article.latestRevision,
			action: 'returned',
			author
		});
	});
	return { slug: article.slug, status: 'draft' };
}
