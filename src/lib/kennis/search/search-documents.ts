import { foldText, isStopword, termsOf } from './analyze-text.ts';
import { FIELD_WEIGHTS, type SearchIndex } from './build-search-index.ts';
import { allowedTypos } from './edit-distance.ts';
import { expandTerm, wordsNear, type Expansions, type TermMatcher } from './expand-term.ts';
import { leadSnippet, makeSnippet } from './make-snippet.ts';
import type { FacetCount, SearchDocument, SearchOutcome, SearchRequest } from './search-types.ts';

// BM25 saturation and length normalisation, the usual values.
const K1 = 1.2;
const B = 0.75;
const MAX_TERMS = 12;
// Worth of a document that holds only some parts of a compound query word, relative to all.
const PARTIAL_PARTS = 0.5;
const collator = new Intl.Collator('nl');

/** The words of a query that carry meaning: folded, stop words dropped unless nothing else is left. */
export function queryTerms(q: string): string[] {
	const terms = termsOf(q).filter((term) => term.length > 1 || /\d/.test(term));
	const meaningful = terms.filter((term) => !isStopword(term));
	return [...new Set(meaningful.length > 0 ? meaningful : terms)].slice(0, MAX_TERMS);
}

/** Adds `weight` × the BM25F score of one stem to `scores`, keeping the best per document. */
function scoreStem(index: SearchIndex, stem: string, weight: number, scores: Float64Array): void {
	const postings = index.postings.get(stem);
	if (!postings) return;
	const n = index.documents.length;
	const idf = Math.log(1 + (n - postings.length + 0.5) / (postings.length + 0.5));
	for (const { doc, counts } of postings) {
		const lengths = index.lengths[doc]!;
		let tf = 0;
		for (let f = 0; f < 3; f++) {
			if (counts[f] === 0) continue;
			tf += (FIELD_WEIGHTS[f]! * counts[f]!) / (1 - B + (B * lengths[f]!) / index.averageLengths[f]!);
		}
		const score = (weight * idf * tf * (K1 + 1)) / (tf + K1);
		if (score > scores[doc]!) scores[doc] = score;
	}
}

/** Best weighted score per document over a set of expansions (0: no match). */
function scoreExpansions(index: SearchIndex, expansions: Expansions, stems: Set<string>): Float64Array {
	const scores = new Float64Array(index.documents.length);
	for (const [stem, weight] of expansions) {
		scoreStem(index, stem, weight, scores);
		if (index.postings.has(stem)) stems.add(stem);
	}
	return scores;
}

/** The stems that matched one query word: as a whole (or its expansions), and by compound parts. */
interface TermStems {
	whole: Set<string>;
	parts: Set<string>;
}

/** Whether a document contains a stem (postings are in document order). */
function contains(index: SearchIndex, stem: string, doc: number): boolean {
	const postings = index.postings.get(stem);
	if (!postings) return false;
	let low = 0;
	let high = postings.length - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		const at = postings[mid]!.doc;
		if (at === doc) return true;
		if (at < doc) low = mid + 1;
		else high = mid - 1;
	}
	return false;
}

/**
 * The stems to mark in one document's snippet: per query word the stems it matched as a whole,
 * or, when the document has none of those, the parts of the compound it matched by.
 */
function stemsToMark(index: SearchIndex, stems: TermStems[], doc: number): Set<string> {
	const marked = new Set<string>();
	for (const { whole, parts } of stems) {
		const present = [...whole].filter((stem) => contains(index, stem, doc));
		for (const stem of present.length > 0 ? present : parts) marked.add(stem);
	}
	return marked;
}

/** Score per document for one query word: its own expansions, or all parts of its compound. */
function scoreMatcher(index: SearchIndex, matcher: TermMatcher, stems: TermStems): Float64Array {
	const scores = scoreExpansions(index, matcher.expansions, stems.whole);
	if (!matcher.parts) return scores;
	const partScores = matcher.parts.map((part) => scoreExpansions(index, part, stems.parts));
	for (let doc = 0; doc < scores.length; doc++) {
		let sum = 0;
		let hasAll = true;
		for (const part of partScores) {
			if (part[doc] === 0) hasAll = false;
			sum += part[doc]!;
		}
		// The parts together stand for one word: average them so a split is not worth more. A
		// document with only some parts ("stage" for "stageplaats") is related, at a discount.
		const score = (sum / partScores.length) * (hasAll ? 1 : PARTIAL_PARTS);
		if (score > scores[doc]!) scores[doc] = score;
	}
	return scores;
}

/**
 * Scores every document that matches any query word, favouring documents with more of them;
 * `complete` marks those with all of them, which rank first. A reader who writes "verzuim in
 * kleine teams" still wants the article on "verzuim" that never says "klein", just below.
 * Also returns every stem that matched, for snippets.
 */
function scoreDocuments(index: SearchIndex, terms: string[]) {
	const stems: TermStems[] = [];
	const n = index.documents.length;
	const totals = new Float64Array(n);
	const matchedTerms = new Uint8Array(n);
	for (const term of terms) {
		const termStems = { whole: new Set<string>(), parts: new Set<string>() };
		stems.push(termStems);
		const scores = scoreMatcher(index, expandTerm(index, term), termStems);
		for (let doc = 0; doc < n; doc++) {
			if (scores[doc] === 0) continue;
			totals[doc]! += scores[doc]!;
			matchedTerms[doc]! += 1;
		}
	}
	const scored: Scored[] = [];
	for (let doc = 0; doc < n; doc++) {
		if (matchedTerms[doc]! === 0) continue;
		scored.push({
			doc,
			score: totals[doc]! * (matchedTerms[doc]! / terms.length) ** 2,
			complete: matchedTerms[doc] === terms.length
		});
	}
	return { scored, stems };
}

interface Scored {
	doc: number;
	score: number;
	complete: boolean;
}

// Documents with every query word first, then by score; equal scores keep the order of the
// documents (newest first from listPublishedDocuments).
const ranking = (a: Scored, b: Scored) =>
	Number(b.complete) - Number(a.complete) || b.score - a.score || a.doc - b.doc;

/**
 * The first `count` documents in ranking order. A query matches many documents when any of its
 * words counts, while a page shows a few: keeping only the best few avoids sorting them all.
 */
function bestFirst(scored: Scored[], count: number): Scored[] {
	if (scored.length <= count * 4) return scored.sort(ranking).slice(0, count);
	const best: Scored[] = [];
	for (const entry of scored) {
		if (best.length === count && ranking(entry, best[count - 1]!) >= 0) continue;
		let at = best.length;
		while (at > 0 && ranking(entry, best[at - 1]!) < 0) at--;
		best.splice(at, 0, entry);
		if (best.length > count) best.pop();
	}
	return best;
}

function hasFilters(document: SearchDocument, request: SearchRequest): boolean {
	if (request.theme && document.theme !== request.theme) return false;
	if (request.knowledge && !document.knowledge.includes(request.knowledge)) return false;
	if (request.audience && !document.audiences.includes(request.audience)) return false;
	return true;
}

// Counts per facet value over the results, each facet ignoring its own filter so the other
// choices stay visible with the numbers they would give.
function countFacets(index: SearchIndex, docs: number[], request: SearchRequest): SearchOutcome['facets'] {
	const themes = new Map<string, FacetCount>();
	const knowledge = new Map<string, FacetCount>();
	const audience = new Map<string, FacetCount>();
	const bump = (counts: Map<string, FacetCount>, value: string, title: string) => {
		const entry = counts.get(value);
		if (entry) entry.count += 1;
		else counts.set(value, { value, title, count: 1 });
	};
	for (const doc of docs) {
		const d = index.documents[doc]!;
		const isTheme = !request.theme || d.theme === request.theme;
		const isKnowledge = !request.knowledge || d.knowledge.includes(request.knowledge);
		const isAudience = !request.audience || d.audiences.includes(request.audience);
		if (isKnowledge && isAudience) bump(themes, d.theme, d.themeTitle);
		if (isTheme && isAudience) for (const value of d.knowledge) bump(knowledge, value, value);
		if (isTheme && isKnowledge) for (const value of d.audiences) bump(audience, value, value);
	}
	const sorted = (counts: Map<string, FacetCount>) =>
		[...counts.values()].sort((a, b) => b.count - a.count || collator.compare(a.title, b.title));
	return { theme: sorted(themes), knowledge: sorted(knowledge), audience: sorted(audience) };
}

/**
 * Searches the index: Dutch stems, compounds both ways, prefixes and typing errors, ranked by
 * BM25F with title and summary above body; filters by facet, counts facets and, when nothing is
 * found, offers a corrected query ("bedoelde u …?").
 */
export function searchDocuments(index: SearchIndex, request: SearchRequest): SearchOutcome {
	const terms = queryTerms(request.q);
	const empty: SearchOutcome = { total: 0, results: [], facets: { theme: [], knowledge: [], audience: [] } };
	if (terms.length === 0) return empty;
	const { scored, stems } = scoreDocuments(index, terms);
	if (scored.length === 0) {
		const didYouMean = suggestCorrection(index, request.q, terms);
		// Only offer a correction that itself finds something.
		const helps = didYouMean && scoreDocuments(index, queryTerms(didYouMean)).scored.length > 0;
		return helps ? { ...empty, didYouMean } : empty;
	}
	const facets = countFacets(
		index,
		scored.map((s) => s.doc),
		request
	);
	const filtered = scored.filter((s) => hasFilters(index.documents[s.doc]!, request));
	const offset = request.offset ?? 0;
	const results = bestFirst(filtered, offset + request.limit)
		.slice(offset)
		.map(({ doc, score }) => {
			const document = index.documents[doc]!;
			const marked = stemsToMark(index, stems, doc);
			return {
				slug: document.slug,
				title: document.title,
				theme: document.theme,
				themeTitle: document.themeTitle,
				snippet:
					makeSnippet(document.body, marked) ??
					makeSnippet(document.summary, marked) ??
					leadSnippet(document.summary || document.body),
				score: Math.round(score * 1000) / 1000
			};
		});
	return { total: filtered.length, results, facets };
}

/**
 * A corrected query for one that found nothing: every word that the index does not know is
 * replaced by the most common known word within a few typing errors. Undefined when none helps.
 */
export function suggestCorrection(index: SearchIndex, q: string, terms = queryTerms(q)): string | undefined {
	let changed = false;
	const corrected = terms.map((term) => {
		if (index.words.has(term)) return term;
		const max = Math.min(3, allowedTypos(term.length) + 1);
		const near = wordsNear(index, term, max).sort(
			(a, b) =>
				a.distance - b.distance || index.words.get(b.word)!.documents - index.words.get(a.word)!.documents
		);
		if (!near[0]) return term;
		changed = true;
		return near[0].word;
	});
	if (!changed) return undefined;
	const suggestion = corrected.join(' ');
	return suggestion !== foldText(q).trim() ? suggestion : undefined;
}
