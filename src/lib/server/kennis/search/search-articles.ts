import { searchDocuments } from '../../../kennis/search/search-documents.ts';
import { parseInput } from '../../validation.ts';
import { getSearchIndex } from './search-index-cache.ts';
import { searchQuerySchema } from './search-query.ts';

/** One result of contract 3. */
export interface SearchResult {
	slug: string;
	title: string;
	theme: string;
	/** Plain text, HTML-escaped, with the matched words in <mark>…</mark>. */
	snippet: string;
	score: number;
}

/** Contract 3's answer. */
export interface SearchResults {
	total: number;
	results: SearchResult[];
}

/**
 * Contract 3: published articles matching `q` (and the optional theme/knowledge/audience
 * filters), best first. Public data, so no actor. Throws AppError('invalid-input') on bad input.
 */
export async function searchArticles(query: unknown): Promise<SearchResults> {
	const { q, limit, theme, knowledge, audience } = parseInput(searchQuerySchema, query ?? {});
	const outcome = searchDocuments(await getSearchIndex(), { q, limit, theme, knowledge, audience });
	return {
		total: outcome.total,
		results: outcome.results.map(({ slug, title, theme, snippet, score }) => ({
			slug,
			title,
			theme,
			snippet,
			score
		}))
	};
}
