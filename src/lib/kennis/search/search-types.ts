/** A published article as the search index sees it (from listPublishedDocuments). */
export interface SearchDocument {
	slug: string;
	title: string;
	summary: string;
	/** Plain text, no Markdown or HTML. */
	body: string;
	/** Theme slug. */
	theme: string;
	themeTitle: string;
	knowledge: readonly string[];
	audiences: readonly string[];
	updatedAt: Date | string;
}

/** What to search for: the query text, facet filters and the window of results. */
export interface SearchRequest {
	q: string;
	limit: number;
	offset?: number;
	theme?: string | undefined;
	knowledge?: string | undefined;
	audience?: string | undefined;
}

/** One result: contract 3's fields plus what the search page shows. */
export interface SearchHit {
	slug: string;
	title: string;
	theme: string;
	themeTitle: string;
	/** Plain text, HTML-escaped, with the matched words in <mark>…</mark>. */
	snippet: string;
	score: number;
}

/** One value of a facet with the number of results it would give. */
export interface FacetCount {
	value: string;
	/** Display title where the index knows one (themes); otherwise the value. */
	title: string;
	count: number;
}

/** Everything a search returns. */
export interface SearchOutcome {
	total: number;
	results: SearchHit[];
	facets: { theme: FacetCount[]; knowledge: FacetCount[]; audience: FacetCount[] };
	/** A corrected query that does find something, offered when this one found nothing. */
	didYouMean?: string;
}
