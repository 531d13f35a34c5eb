import type { Audience, KnowledgeKind } from '../../kennis/article-content.ts';
import type { PublishedArticle } from './published-articles.ts';

/** An article in a list: enough for a card with title, summary, badges and date. */
export interface ArticleCard {
	slug: string;
	title: string;
	summary: string;
	themeSlug: string;
	themeTitle: string;
	knowledge: KnowledgeKind[];
	audiences: Audience[];
	publishedAt: string;
}

/** The card of a published article. */
export function articleCardOf(article: PublishedArticle): ArticleCard {
	return {
		slug: article.slug,
		title: article.content.title,
		summary: article.content.summary,
		themeSlug: article.themeSlug,
		themeTitle: article.themeTitle,
		knowledge: [...article.content.knowledge],
		audiences: [...article.content.audiences],
		publishedAt: article.publishedAt.toISOString()
	};
}
