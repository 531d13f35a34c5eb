/** A labelled query: its category and the ids of every document a reader would want. */
export interface LabelledQuery {
	category: string;
	q: string;
	relevant: string[];
}

/** Relevance figures of one category (or "all"). */
export interface RankingScore {
	category: string;
	queries: number;
	/** Mean share of the relevant documents found in the first `k` results. */
	recall: number;
	/** Mean reciprocal rank of the first relevant result. */
	mrr: number;
	/** Queries that missed a relevant document in the first `k`, for diagnosis. */
	misses: string[];
}

/**
 * Scores a ranking function on labelled queries: recall@k and MRR per category and overall.
 * `rank` returns document ids, best first.
 */
export function evaluateRanking(
	queries: readonly LabelledQuery[],
	rank: (q: string) => string[],
	k = 5
): RankingScore[] {
	const byCategory = new Map<string, { recall: number; mrr: number; queries: number; misses: string[] }>();
	const add = (category: string, recall: number, mrr: number, miss?: string) => {
		const entry = byCategory.get(category) ?? { recall: 0, mrr: 0, queries: 0, misses: [] };
		entry.recall += recall;
		entry.mrr += mrr;
		entry.queries += 1;
		if (miss) entry.misses.push(miss);
		byCategory.set(category, entry);
	};
	for (const query of queries) {
		const ids = rank(query.q);
		const top = new Set(ids.slice(0, k));
		const found = query.relevant.filter((id) => top.has(id)).length;
		const recall = found / query.relevant.length;
		const first = ids.findIndex((id) => query.relevant.includes(id));
		const mrr = first === -1 ? 0 : 1 / (first + 1);
		const miss = recall < 1 ? `${query.q} → ${ids.slice(0, k).join(', ') || '(niets)'}` : undefined;
		add(query.category, recall, mrr, miss);
		add('all', recall, mrr, miss);
	}
	return [...byCategory].map(([category, entry]) => ({
		category,
		queries: entry.queries,
		recall: entry.recall / entry.queries,
		mrr: entry.mrr / entry.queries,
		misses: entry.misses
	}));
}
