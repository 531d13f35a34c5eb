import { Feed } from 'feed';
import { m } from '../../i18n/nl.ts';
import { selectPublished } from './published-articles.ts';

/**
 * The Atom feed of new and revised articles, newest first. `updated` is the last publication of
 * the article, `published` its first; readers' feed tools pick up revisions by `updated`.
 */
export async function buildFeed(options: { origin: string; limit?: number }): Promise<string> {
	const articles = await selectPublished(undefined, options.limit ?? 50);
	const home = new URL('/kennisdossier', options.origin).href;
	const t = m.kennis.reading;
	const feed = new Feed({
		title: t.feedTitle,
		description: t.feedDescription,
		id: home,
		link: home,
		language: 'nl',
		copyright: 'EUPL-1.2',
		updated: articles[0]?.publishedAt ?? new Date(0),
		feedLinks: { atom: new URL('/kennisdossier/feed.xml', options.origin).href }
	});
	for (const article of articles) {
		const link = new URL(`/kennisdossier/artikel/${article.slug}`, options.origin).href;
		feed.addItem({
			title: article.content.title,
			id: link,
			link,
			description: article.content.summary,
			content: article.bodyHtml,
			date: article.publishedAt,
			published: article.firstPublishedAt,
			category: [{ name: article.themeTitle, term: article.themeSlug }]
		});
	}
	return feed.atom1();
}
