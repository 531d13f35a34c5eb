import { and, eq } from 'drizzle-orm';
import { isSameContent } from '../../kennis/article-content.ts';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import {
	findArticle,
	findRevision,
	insertRevision,
	logEvent,
	parseArticleContent,
	themeIdOf
} from './article-store.ts';
import { authorOf, requireEditor } from './kennis-access.ts';

/**
 * Saves an editor's changes as a new revision (nothing when the content did not change). A changed
 * article goes back to draft: a version nobody reviewed must not stay in review. Readers keep
 * seeing the published revision until a new one is approved. `expectedRevision` guards against
 * overwriting a save made meanwhile by someone else.
 */
export async function updateArticle(
	actor: Actor | null | undefined,
	options: { slug: string; input: unknown; expectedRevision?: number }
): Promise<{ slug: string; revision: number; changed: boolean }> {
	const editor = requireEditor(actor);
	const content = parseArticleContent(options.input);
	const article = await findArticle(options.slug);
	if (options.expectedRevision !== undefined && options.expectedRevision !== article.latestRevision) {
		throw new AppError('conflict', m.kennis.errors.staleRevision);
	}
	const latest = await findRevision(article.id, article.latestRevision);
	if (isSameContent(latest.content, content)) {
		return { slug: article.slug, revision: article.latestRevision, changed: false };
	}
	const themeId = await themeIdOf(content.theme);
	const author = await authorOf(editor);
	const number = article.latestRevision + 1;
	await getDb().transaction(async (tx) => {
		// The guard on latestRevision makes two simultaneous saves fail instead of both writing.
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
		await insertRevision(tx, { articleId: article.id, number, kind: 'saved', themeId, content, author });
		await logEvent(tx, { articleId: article.id, revision: number, action: 'saved', author });
	});
	return { slug: article.slug, revision: number, changed: true };
}
