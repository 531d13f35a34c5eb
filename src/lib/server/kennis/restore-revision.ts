import { isSameContent } from '../../kennis/article-content.ts';
import type { Actor } from '../accounts/actor.ts';
import { appendRevision, findArticle, findRevision } from './article-store.ts';
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
	const revision = await appendRevision(article, {
		kind: 'restored',
		themeId: source.themeId,
		content: source.content,
		author: await authorOf(editor),
		restoredFrom: source.number
	});
	return { slug: article.slug, revision, changed: true };
}
