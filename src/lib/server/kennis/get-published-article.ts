import { eq, inArray } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import { schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { selectPublished, type PublishedArticle } from './published-articles.ts';

/** What the public article page shows: dates as ISO strings; `related` holds only links readers can follow. */
export interface PublishedArticleView extends Omit<PublishedArticle, 'firstPublishedAt' | 'publishedAt'> {
	firstPublishedAt: string;
	publishedAt: string;
	related: { slug: string; title: string }[];
}

/** The published version of one article (public); AppError('not-found') when readers may not see it. */
export async function getPublishedArticle(options: { slug: string }): Promise<PublishedArticleView> {
	const [article] = await selectPublished(eq(schema.kennisArticle.slug, options.slug));
	if (!article) throw new AppError('not-found', m.kennis.errors.notFound);
	const relatedSlugs = article.content.related.filter((slug) => slug !== article.slug);
	const relatedRows =
		relatedSlugs.length > 0 ? await selectPublished(inArray(schema.kennisArticle.slug, relatedSlugs)) : [];
	const titles = new Map(relatedRows.map((row) => [row.slug, row.content.title]));
	return {
		slug: article.slug,
		revision: article.revision,
		content: article.content,
		bodyHtml: article.bodyHtml,
		themeSlug: article.themeSlug,
		themeTitle: article.themeTitle,
		firstPublishedAt: article.firstPublishedAt.toISOString(),
		publishedAt: article.publishedAt.toISOString(),
		// Keep the editor's order; drop links to articles that are not (or no longer) published.
		related: relatedSlugs.flatMap((slug) => (titles.has(slug) ? [{ slug, title: titles.get(slug)! }] : []))
	};
}
