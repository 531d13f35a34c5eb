import { describe, expect, it } from 'vitest';
import corpus from '../../../../tests/fixtures/search-holdout/corpus.json' with { type: 'json' };
import labelled from '../../../../tests/fixtures/search-holdout/queries.json' with { type: 'json' };
import { buildSearchIndex } from './build-search-index.ts';
import { evaluateRanking } from './evaluate-ranking.ts';
import { searchDocuments } from './search-documents.ts';
import type { SearchDocument } from './search-types.ts';

// The held-out corpus, written without looking at the engine or its tuning set
// (tests/fixtures/search): a check that the engine generalises. Never tune on single queries of it.
const documents: SearchDocument[] = corpus.documents.map((d) => ({
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

describe('search quality on the held-out Dutch corpus', () => {
	const index = buildSearchIndex(documents);
	const scores = evaluateRanking(labelled.queries, (q) =>
		searchDocuments(index, { q, limit: 10 }).results.map((r) => r.slug)
	);

	it('has queries in every category', () => {
		expect(scores.map((s) => s.category).sort()).toEqual(
			['accent', 'all', 'compound', 'plain', 'plural', 'prefix', 'typo'].sort()
		);
	});

	it('finds the relevant articles in the first five: recall@5 ≥ 0.95 overall', () => {
		console.table(
			scores.map(({ category, queries, recall, mrr }) => ({
				category,
				queries,
				'recall@5': recall.toFixed(3),
				MRR: mrr.toFixed(3)
			}))
		);
		const all = scores.find((s) => s.category === 'all')!;
		// Misses are listed so a failing run says which queries to look at.
		expect(all.recall, all.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
	});

	it('reaches at least 0.9 recall@5 in every category', () => {
		for (const { category, recall, misses } of scores) {
			expect(recall, `${category}:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
		}
	});
});
