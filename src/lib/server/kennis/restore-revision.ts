import { and, eq } from 'drizzle-orm';
import { isSameContent } from '../../kennis/article-content.ts';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { findArticle, findRevision, insertRevision, logEvent } from './article-store.ts';
import { authorOf, requireEditor } from './kennis-access.ts';

/**
 * Restores an older revision by saving its content as a new revision (history is never rewritten).
 * The article becomes a draft again, like any other change.
 */
export async function restoreRevision(
	actor: Actor | null | undefined,
	options: { slug: string; revision: number }
): Promise<{ slug: string; revision: number; changed: boolean }> {
	const editor = requireEditor(actor);
	const article = await findArticle(options.slug);
	const source = await findRevision(article.id, options.revision);
	const latest = await findRevision(article.id, article.latestRevision);
	if (isSameContent(source.content, latest.content)) {
		return { slug: article.slug, revision: article.latestRevision, changed: false };
	}
	const author = await authorOf(editor);
	const number = article.latestRevision + 1;
	await getDb().transaction(async (tx) => {
		const updated = await tx
			.update(schema.kennisArticle)
			.set({
				latestRevision: number,
				status: article.status === 'archived' ? 'archived' : 'draft',
				submittedById: null,
				updatedAt: new Date()
			})
			.where(
				and(
					eq(schema.kennisArticle.id, article.id),
					eq(schema.kennisArticle.latestRevision, article.latestRevision)
				)
			)
			.returning({ id: schema.kennisArticle.id });
		if (updated.length === 0) throw new AppError('conflict', m.kennis.errors.staleRevision);
		await insertRevision(tx, {
			articleId: article.id,
			number,
			kind: 'restored',
			themeId: source.themeId,
			content: source.content,
			author,
			restoredFrom: source.number
		});
		await logEvent(tx, {
			articleId: article.id,
			revision: number,
			action: 'restored',
			author,
			note: String(source.number)
		});
	});
	return { slug: article.slug, revision: number, changed: true };
}
