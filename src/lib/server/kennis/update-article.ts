import { isSameContent } from '../../kennis/article-content.ts';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';
import {
	appendRevision,
	findArticle,
	findRevision,
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
	const revision = await appendRevision(article, {
		kind: 'saved',
		themeId: await themeIdOf(content.theme),
		content,
		author: await authorOf(editor)
	});
	return { slug: article.slug, revision, changed: true };
}
