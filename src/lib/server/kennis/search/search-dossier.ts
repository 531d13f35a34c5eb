import { searchDocuments } from '../../../kennis/search/search-documents.ts';
import type { SearchOutcome } from '../../../kennis/search/search-types.ts';
import { pageWindow } from '../../accounts/pagination.ts';
import { parseInput } from '../../validation.ts';
import { getSearchIndex } from './search-index-cache.ts';
import { searchPageQuerySchema, type SearchPageQuery } from './search-query.ts';

const PAGE_SIZE = 10;

/** What the search page shows: the query, one page of results, facets and "bedoelde u". */
export interface DossierSearch extends SearchOutcome {
	query: SearchPageQuery;
	page: number;
	pages: number;
}

/**
 * The search page's search: like contract 3 but a page at a time, with facet counts and a
 * corrected query when nothing was found. An empty query gives the empty start page.
 */
export async function searchDossier(query: unknown): Promise<DossierSearch> {
	const parsed = parseInput(searchPageQuerySchema, query ?? {});
	if (parsed.q === '') {
		return {
			query: parsed,
			total: 0,
			results: [],
			facets: { theme: [], knowledge: [], audience: [] },
			page: 1,
			pages: 1
		};
	}
	const index = await getSearchIndex();
	const request = {
		q: parsed.q,
		theme: parsed.theme,
		knowledge: parsed.knowledge,
		audience: parsed.audience
	};
	let outcome = searchDocuments(index, {
		...request,
		limit: PAGE_SIZE,
		offset: (parsed.page - 1) * PAGE_SIZE
	});
	const { page, pages, offset } = pageWindow(outcome.total, parsed.page, PAGE_SIZE);
	// A page past the end shows the last one.
	if (page !== parsed.page) outcome = searchDocuments(index, { ...request, limit: PAGE_SIZE, offset });
	return { ...outcome, query: parsed, page, pages };
}
