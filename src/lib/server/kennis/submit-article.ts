import { and, eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { findArticle, logEvent } from './article-store.ts';
import { authorOf, requireEditor } from './kennis-access.ts';

/** Sends the latest draft to review, so that another editor can approve it. */
export async function submitArticle(
	actor: Actor | null | undefined,
	options: { slug: string }
): Promise<{ slug: string; status: 'review' }> {
	const editor = requireEditor(actor);
	const article = await findArticle(options.slug);
	if (article.status !== 'draft') throw new AppError('conflict', m.kennis.errors.notDraft);
	const author = await authorOf(editor);
	await getDb().transaction(async (tx) => {
		const updated = await tx
			.update(schema.kennisArticle)
			.set({ status: 'review', submittedById: author.id, updatedAt: new Date() })
			.where(and(eq(schema.kennisArticle.id, article.id), eq(schema.kennisArticle.status, 'draft')))
			.returning({ id: schema.kennisArticle.id });
		if (updated.length === 0) throw new AppError('conflict', m.kennis.errors.notDraft);
		await logEvent(tx, {
			articleId: article.id,
			revision: article.latestRevision,
			action: 'submitted',
			author
		});
	});
	return { slug: article.slug, status: 'review' };
}
