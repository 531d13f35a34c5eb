import { isStopword, stemWord } from './analyze-text.ts';
import { decompoundWord } from './decompound-word.ts';
import { allowedTypos, editDistance } from './edit-distance.ts';
import type { SearchIndex } from './build-search-index.ts';

/** Stems a query word may match, each with how much a match is worth (1 = the word itself). */
export type Expansions = Map<string, number>;

/** How one query word is matched: by related stems, or by all parts of its compound. */
export interface TermMatcher {
	term: string;
	expansions: Expansions;
	/** When the word is a compound: each part's expansions; a document must contain every part. */
	parts?: Expansions[];
}

// Worth of a match relative to the word itself; typos are worth less the more errors they need.
const WEIGHT = { prefix: 0.8, compound: 0.7, parts: 0.85, family: 0.5, typo: [1, 0.6, 0.4] } as const;
const MIN_FAMILY_STEM = 7;
const MAX_FAMILY_WORDS = 10;
const MAX_PREFIX_WORDS = 30;
const MAX_COMPOUNDS = 40;

function add(expansions: Expansions, stem: string, weight: number): void {
	if ((expansions.get(stem) ?? 0) < weight) expansions.set(stem, weight);
}

/** Word forms of the index that start with `prefix`, most frequent first. */
export function wordsWithPrefix(index: SearchIndex, prefix: string, max: number): string[] {
	const list = index.sortedWords;
	let low = 0;
	let high = list.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (list[mid]! < prefix) low = mid + 1;
		else high = mid;
	}
	const found: string[] = [];
	for (let i = low; i < list.length && list[i]!.startsWith(prefix); i++) found.push(list[i]!);
	if (found.length <= max) return found;
	return found.sort((a, b) => index.words.get(b)!.documents - index.words.get(a)!.documents).slice(0, max);
}

/** Word forms of the index within `max` typing errors of `term`, with their distance. */
export function wordsNear(
	index: SearchIndex,
	term: string,
	max: number
): { word: string; distance: number }[] {
	const near: { word: string; distance: number }[] = [];
	for (let length = term.length - max; length <= term.length + max; length++) {
		for (const word of index.wordsByLength.get(length) ?? []) {
			// Words that differ in both of the first two letters are skipped: such typos are rare and
			// skipping them keeps the scan fast.
			if (word[0] !== term[0] && word[1] !== term[1]) continue;
			const distance = editDistance(term, word, max);
			if (distance <= max) near.push({ word, distance });
		}
	}
	return near;
}

// The compounds a stem is part of, the most widely used first when there are very many.
function compoundsOf(index: SearchIndex, stem: string): string[] {
	const all = [...(index.compoundsOf.get(stem) ?? [])];
	if (all.length <= MAX_COMPOUNDS) return all;
	const reach = (s: string) => index.postings.get(s)?.length ?? 0;
	return all.sort((a, b) => reach(b) - reach(a)).slice(0, MAX_COMPOUNDS);
}

/**
 * Everything one folded query word may match: its stem, the compounds it is part of
 * ("instelling" → jeugdhulpinstelling), words it is a prefix of, words within one or two typing
 * errors, and, for a compound query word, its parts ("jeugdhulpinstelling" → jeugdhulp + instelling).
 */
export function expandTerm(index: SearchIndex, term: string): TermMatcher {
	const expansions: Expansions = new Map();
	const stem = stemWord(term);
	add(expansions, stem, 1);
	const withCompounds = (source: Expansions, from: string, weight: number) => {
		for (const compound of compoundsOf(index, from)) add(source, compound, weight * WEIGHT.compound);
	};
	withCompounds(expansions, stem, 1);

	if (term.length >= 3) {
		for (const word of wordsWithPrefix(index, term, MAX_PREFIX_WORDS)) {
			const wordStem = index.words.get(word)!.stem;
			add(expansions, wordStem, WEIGHT.prefix);
			withCompounds(expansions, wordStem, WEIGHT.prefix);
		}
	}
	// Words of one family differ in their last letters, which Snowball does not join: "financiën"
	// and "financiële", "begeleiding" and "begeleider". A long stem less its last letter finds them.
	if (stem.length >= MIN_FAMILY_STEM) {
		for (const word of wordsWithPrefix(index, stem.slice(0, -1), MAX_FAMILY_WORDS)) {
			add(expansions, index.words.get(word)!.stem, WEIGHT.family);
		}
	}
	// A word the index knows is taken as meant; only unknown words are looked up as typing errors.
	const typos = index.words.has(term) ? 0 : allowedTypos(term.length);
	// The closest correction, the most widely used first: if it is a compound, its parts count too.
	let corrected: { word: string; weight: number } | undefined;
	if (typos > 0 && !/\d/.test(term)) {
		const near = wordsNear(index, term, typos).sort(
			(a, b) =>
				a.distance - b.distance || index.words.get(b.word)!.documents - index.words.get(a.word)!.documents
		);
		for (const { word, distance } of near) {
			if (distance === 0) continue;
			const weight = WEIGHT.typo[distance] ?? 0;
			corrected ??= { word, weight };
			const wordStem = index.words.get(word)!.stem;
			add(expansions, wordStem, weight);
			withCompounds(expansions, wordStem, weight);
		}
	}

	const isWord = (part: string) =>
		!isStopword(part) && (index.words.has(part) || index.postings.has(stemWord(part)));
	// A mistyped compound ("arbiedsmarkt") is split as its correction ("arbeidsmarkt") would be,
	// so it also finds "markt voor arbeid"; its parts are worth what the correction is worth.
	let split = decompoundWord(term, isWord);
	let partWeight: number = WEIGHT.parts;
	if (!split && corrected) {
		split = decompoundWord(corrected.word, isWord);
		partWeight = WEIGHT.parts * corrected.weight;
	}
	if (!split) return { term, expansions };
	const parts = split.map((part) => {
		const partExpansions: Expansions = new Map();
		const partStem = stemWord(part);
		add(partExpansions, partStem, partWeight);
		withCompounds(partExpansions, partStem, partWeight);
		return partExpansions;
	});
	return { term, expansions, parts };
}
