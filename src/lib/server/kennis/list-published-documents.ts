import { markdownToPlainText } from '../../kennis/render-markdown.ts';
import { selectPublished } from './published-articles.ts';

/** One published article as the search index needs it (plain text, no Markdown). */
export interface SearchDocument {
	slug: string;
	title: string;
	summary: string;
	/** Plain text of the body, no Markdown. */
	body: string;
	/** Theme slug. */
	theme: string;
	themeTitle: string;
	knowledge: string[];
	audiences: string[];
	updatedAt: Date;
}

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
