// npm run bench:search — our Dutch search against MiniSearch (fuzzy + prefix), side by side:
// latency on a synthetic corpus of 1,000 and 10,000 articles, relevance on the labelled query sets
// (the development set and a held-out one).
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { buildSearchIndex, type SearchIndex } from '../src/lib/kennis/search/build-search-index.ts';
import {
	evaluateRanking,
	type LabelledQuery,
	type RankingScore
} from '../src/lib/kennis/search/evaluate-ranking.ts';
import {
	rankWithIndex,
	toSearchDocuments,
	type LabelledDocument
} from '../src/lib/kennis/search/labelled-corpus.ts';
import type { SearchDocument } from '../src/lib/kennis/search/search-types.ts';
import { generateCorpus, generateQueries } from './search/generate-corpus.ts';

interface LabelledSet {
	title: string;
	documents: SearchDocument[];
	queries: LabelledQuery[];
}

// The labelled set the engine was built with, and a held-out one written without looking at the
// engine (tests/fixtures/search-holdout): the second says whether the figures generalise.
function readLabelledSet(folder: string, title: string): LabelledSet {
	const fixtures = new URL(`../tests/fixtures/${folder}/`, import.meta.url);
	const corpus = JSON.parse(readFileSync(new URL('corpus.json', fixtures), 'utf8')) as {
		documents: LabelledDocument[];
	};
	const queries = (
		JSON.parse(readFileSync(new URL('queries.json', fixtures), 'utf8')) as { queries: LabelledQuery[] }
	).queries;
	return { title, documents: toSearchDocuments(corpus.documents), queries };
}

const LIMIT = 10;

function buildMiniSearch(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
	const mini = new MiniSearch<SearchDocument>({
		idField: 'slug',
		fields: ['title', 'summary', 'body'],
		// The same field weights as ours, and MiniSearch's recommended fuzzy + prefix matching.
		searchOptions: { boost: { title: 3, summary: 2 }, fuzzy: 0.2, prefix: true }
	});
	mini.addAll(documents);
	return mini;
}

const ours = (index: SearchIndex) => rankWithIndex(index, LIMIT);
const theirs = (mini: MiniSearch<SearchDocument>) => (q: string) =>
	mini
		.search(q)
		.slice(0, LIMIT)
		.map((r) => String(r.id));

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** p50/p95 of both engines over the same queries, timed alternately so machine load hits both alike. */
function timeBoth(a: (q: string) => unknown, b: (q: string) => unknown, queries: string[], rounds: number) {
	// Warm-up, so the first timed queries do not pay for compilation.
	for (const q of queries.slice(0, 20)) {
		a(q);
		b(q);
	}
	const samples: [number[], number[]] = [[], []];
	for (let round = 0; round < rounds; round++) {
		for (const q of queries) {
			for (const [i, run] of [a, b].entries()) {
				const start = performance.now();
				run(q);
				samples[i]!.push(performance.now() - start);
			}
		}
	}
	return samples.map((list) => {
		list.sort((x, y) => x - y);
		return { p50: percentile(list, 50), p95: percentile(list, 95), n: list.length };
	}) as [Stats, Stats];
}

interface Stats {
	p50: number;
	p95: number;
	n: number;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

console.log('\n=== Latency: synthetic Dutch corpus (seeded), fixed query mix ===\n');
const queries = generateQueries(240);
const latencyRows = [];
for (const size of [1_000, 10_000]) {
	const documents = generateCorpus(size);
	let start = performance.now();
	const index = buildSearchIndex(documents);
	const oursBuild = performance.now() - start;
	start = performance.now();
	const mini = buildMiniSearch(documents);
	const theirBuild = performance.now() - start;
	const [a, b] = timeBoth(ours(index), theirs(mini), queries, size >= 10_000 ? 2 : 3);
	latencyRows.push({
		articles: size,
		queries: a.n,
		'ours build': ms(oursBuild),
		'ours p50': ms(a.p50),
		'ours p95': ms(a.p95),
		'MiniSearch build': ms(theirBuild),
		'MiniSearch p50': ms(b.p50),
		'MiniSearch p95': ms(b.p95),
		'p95 ratio ours/MiniSearch': (a.p95 / b.p95).toFixed(2)
	});
}
console.table(latencyRows);

const byCategory = (scores: RankingScore[], category: string) => scores.find((s) => s.category === category)!;

/** Prints recall@5 and MRR per category for both engines; true when ours meets the target and wins everywhere. */
function compareRelevance({ title, documents, queries: labelled }: LabelledSet): boolean {
	console.log(`\n=== Relevance: ${title}, labelled queries, first 5 results ===\n`);
	const ourScores = evaluateRanking(labelled, ours(buildSearchIndex(documents)));
	const theirScores = evaluateRanking(labelled, theirs(buildMiniSearch(documents)));
	let isBetterEverywhere = true;
	const relevanceRows = ourScores.map((o) => {
		const t = byCategory(theirScores, o.category);
		// "Better" means a higher recall@5, or equal recall with a higher MRR; a tie at perfect is not better.
		const isBetter = o.recall > t.recall || (o.recall === t.recall && o.mrr > t.mrr);
		if (!isBetter) isBetterEverywhere = false;
		return {
			category: o.category,
			queries: o.queries,
			'ours recall@5': o.recall.toFixed(3),
			'ours MRR': o.mrr.toFixed(3),
			'MiniSearch recall@5': t.recall.toFixed(3),
			'MiniSearch MRR': t.mrr.toFixed(3),
			'ours better': isBetter ? 'yes' : 'NO'
		};
	});
	console.table(relevanceRows);
	const all = byCategory(ourScores, 'all');
	console.log(
		`\nOurs: recall@5 ${all.recall.toFixed(3)} (target ≥ 0.95): ${all.recall >= 0.95 ? 'met' : 'NOT met'}`
	);
	console.log(`Ours better than MiniSearch in every category: ${isBetterEverywhere ? 'yes' : 'NO'}`);
	for (const miss of all.misses) console.log(`  ours missed: ${miss}`);
	if (process.env.BENCH_VERBOSE)
		for (const miss of byCategory(theirScores, 'all').misses) console.log(`  MiniSearch missed: ${miss}`);
	return all.recall >= 0.95 && isBetterEverywhere;
}

const sets = [
	readLabelledSet('search', 'development corpus (tests/fixtures/search)'),
	readLabelledSet('search-holdout', 'held-out corpus (tests/fixtures/search-holdout)')
];
// Both sets are judged; map first so that both tables print even when the first fails.
if (!sets.map(compareRelevance).every(Boolean)) process.exitCode = 1;
