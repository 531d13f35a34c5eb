import { describe, expect, it } from 'vitest';
import holdoutCorpus from '../../../../tests/fixtures/search-holdout/corpus.json' with { type: 'json' };
import holdoutQueries from '../../../../tests/fixtures/search-holdout/queries.json' with { type: 'json' };
import corpus from '../../../../tests/fixtures/search/corpus.json' with { type: 'json' };
import queries from '../../../../tests/fixtures/search/queries.json' with { type: 'json' };
import { scoreLabelledCorpus } from './labelled-corpus.ts';

// The independent corpus the engine was tuned on, and a held-out one written without looking at
// the engine or its tuning set: a check that the engine generalises. Never tune on single queries
// of the held-out set.
const sets = [
	{ name: 'independent', corpus, queries },
	{ name: 'held-out', corpus: holdoutCorpus, queries: holdoutQueries }
];

describe.each(sets)('search quality on the $name Dutch corpus', ({ corpus, queries }) => {
	const scores = scoreLabelledCorpus(corpus.documents, queries.queries);

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
