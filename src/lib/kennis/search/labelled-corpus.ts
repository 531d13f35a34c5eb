import { buildSearchIndex, type SearchIndex } from './build-search-index.ts';
import { evaluateRanking, type LabelledQuery, type RankingScore } from './evaluate-ranking.ts';
import { searchDocuments } from './search-documents.ts';
import type { SearchDocument } from './search-types.ts';

// The labelled corpora in tests/fixtures/search* are read by the quality tests and by
// bench/search.bench.ts; both turn them into search documents and rank them the same way.

/** A document of a labelled corpus (corpus.json): an id instead of a slug, facets as plain strings. */
export interface LabelledDocument {
	id: string;
	title: string;
	summary: string;
	body: string;
	theme: string;
	knowledge: string[];
	audiences: string[];
}

/** The corpus as the search index sees it; ids become slugs so results can be compared with the labels. */
export function toSearchDocuments(documents: readonly LabelledDocument[]): SearchDocument[] {
	return documents.map((d) => ({
		slug: d.id,
		title: d.title,
		summary: d.summary,
		body: d.body,
		theme: d.theme,
		themeTitle: d.theme,
		knowledge: d.knowledge,
		audiences: d.audiences,
		updatedAt: '2026-01-01'
	}));
}

/** Our engine as a ranking function: the slugs of the first `limit` results for a query. */
export function rankWithIndex(index: SearchIndex, limit = 10): (q: string) => string[] {
	return (q) => searchDocuments(index, { q, limit }).results.map((r) => r.slug);
}

/** Recall@5 and MRR of our engine on a labelled corpus, per category and overall ("all"). */
export function scoreLabelledCorpus(
	documents: readonly LabelledDocument[],
	queries: readonly LabelledQuery[]
): RankingScore[] {
	return evaluateRanking(queries, rankWithIndex(buildSearchIndex(toSearchDocuments(documents))));
}
