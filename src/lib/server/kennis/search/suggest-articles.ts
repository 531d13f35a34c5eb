import { z } from 'zod';
import { searchDocuments } from '../../../kennis/search/search-documents.ts';
import { parseInput } from '../../validation.ts';
import { getSearchIndex } from './search-index-cache.ts';

/** One suggestion while typing: an article title and where it lives. */
export interface Suggestion {
	slug: string;
	title: string;
	theme: string;
	themeTitle: string;
}

// Suggestions are a convenience: odd input gives no suggestions instead of an error.
const suggestQuerySchema = z.object({
	q: z.preprocess((value) => (typeof value === 'string' ? value.trim().slice(0, 100) : ''), z.string())
});

const MAX_SUGGESTIONS = 6;

/** Titles of the best-matching published articles for what has been typed so far (2+ letters). */
export async function suggestArticles(query: unknown): Promise<{ suggestions: Suggestion[] }> {
	const { q } = parseInput(suggestQuerySchema, query ?? {});
	if (q.length < 2) return { suggestions: [] };
	const outcome = searchDocuments(await getSearchIndex(), { q, limit: MAX_SUGGESTIONS });
	return {
		suggestions: outcome.results.map(({ slug, title, theme, themeTitle }) => ({
			slug,
			title,
			theme,
			themeTitle
		}))
	};
}
