import { markdownToPlainText } from '../../kennis/render-markdown.ts';
import type { SearchDocument } from '../../kennis/search/search-types.ts';
import { selectPublished } from './published-articles.ts';

/** Every article readers can see, as documents for the search index. Public data: no actor. */
export async function listPublishedDocuments(): Promise<SearchDocument[]> {
	const rows = await selectPublished();
	return rows.map((row) => ({
		slug: row.slug,
		title: row.content.title,
		summary: row.content.summary,
		body: markdownToPlainText(row.content.body),
		theme: row.themeSlug,
		themeTitle: row.themeTitle,
		knowledge: [...row.content.knowledge],
		audiences: [...row.content.audiences],
		updatedAt: row.publishedAt
	}));
}
