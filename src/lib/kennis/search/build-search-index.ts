import { isStopword, stemWord, tokenizeText } from './analyze-text.ts';
import { decompoundWord } from './decompound-word.ts';
import type { SearchDocument } from './search-types.ts';

/** Fields of an article in index order; ranking weighs them with FIELD_WEIGHTS. */
export const FIELDS = ['title', 'summary', 'body'] as const;
/** BM25F weights: a word in the title counts for three in the body, in the summary for two. */
export const FIELD_WEIGHTS = [3, 2, 1] as const;

/** How often a stem occurs in one document, per field. */
export interface Posting {
	doc: number;
	counts: [number, number, number];
}

/** A word form seen in the corpus: its stem and in how many documents it occurs. */
export interface WordInfo {
	stem: string;
	documents: number;
}

/** The in-memory search index of a set of documents. Build it with buildSearchIndex. */
export interface SearchIndex {
	documents: readonly SearchDocument[];
	/** Field lengths in words, per document. */
	lengths: [number, number, number][];
	averageLengths: [number, number, number];
	postings: Map<string, Posting[]>;
	/** Every folded word form, for prefixes, typos, compounds and suggestions. */
	words: Map<string, WordInfo>;
	/** The same word forms sorted, for prefix look-ups by binary search. */
	sortedWords: string[];
	/** Word forms by length, for the typo scan. */
	wordsByLength: Map<number, string[]>;
	/** Stem of a compound part → stems of the compound words that contain it. */
	compoundsOf: Map<string, Set<string>>;
}

/** Builds the index: stems per field with counts, the vocabulary and the compound map. */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
	const postings = new Map<string, Posting[]>();
	const words = new Map<string, WordInfo>();
	const lengths: [number, number, number][] = [];
	const totals: [number, number, number] = [0, 0, 0];

	documents.forEach((document, doc) => {
		const counts = new Map<string, [number, number, number]>();
		const seenWords = new Set<string>();
		const length: [number, number, number] = [0, 0, 0];
		[document.title, document.summary, document.body].forEach((text, field) => {
			for (const { term } of tokenizeText(text)) {
				length[field]! += 1;
				if (term.length < 2 && !/\d/.test(term)) continue;
				const stem = stemWord(term);
				let count = counts.get(stem);
				if (!count) counts.set(stem, (count = [0, 0, 0]));
				count[field]! += 1;
				if (!seenWords.has(term)) {
					seenWords.add(term);
					const info = words.get(term);
					if (info) info.documents += 1;
					else words.set(term, { stem, documents: 1 });
				}
			}
		});
		for (const [stem, count] of counts) {
			let list = postings.get(stem);
			if (!list) postings.set(stem, (list = []));
			list.push({ doc, counts: count });
		}
		lengths.push(length);
		for (let f = 0; f < 3; f++) totals[f]! += length[f]!;
	});

	const n = Math.max(1, documents.length);
	const sortedWords = [...words.keys()].sort();
	const wordsByLength = new Map<number, string[]>();
	for (const word of sortedWords) {
		const list = wordsByLength.get(word.length);
		if (list) list.push(word);
		else wordsByLength.set(word.length, [word]);
	}
	return {
		documents,
		lengths,
		averageLengths: [totals[0] / n || 1, totals[1] / n || 1, totals[2] / n || 1],
		postings,
		words,
		sortedWords,
		wordsByLength,
		compoundsOf: mapCompounds(words)
	};
}

// Endings of Dutch plurals and inflections; only such a head is worth stemming (stemming is slow).
const INFLECTED = /(?:en|s|e)$/;

// A compound is only split into parts that are real, non-stop words of the corpus itself.
function mapCompounds(words: Map<string, WordInfo>): Map<string, Set<string>> {
	const compoundsOf = new Map<string, Set<string>>();
	const stems = new Set([...words.values()].map((info) => info.stem));
	// A part is a word of the corpus; the last part may also be inflected ("…instellingen").
	const isPart = (part: string, isLast: boolean) =>
		(words.has(part) || (isLast && INFLECTED.test(part) && stems.has(stemWord(part)))) && !isStopword(part);
	for (const [word, { stem }] of words) {
		for (const part of [...allParts(word, isPart), ...headsOf(word, words)]) {
			const partStem = stemWord(part);
			if (partStem === stem) continue;
			let set = compoundsOf.get(partStem);
			if (!set) compoundsOf.set(partStem, (set = new Set()));
			set.add(stem);
		}
	}
	return compoundsOf;
}

const MIN_HEAD = 6;
const MIN_MODIFIER = 3;

// Dutch compounds end in their head ("leef|klimaat"). A long known word at the end of another
// word is taken as its head even when the front part is no word of the corpus (a verb stem
// such as "leef"), so "klimaat" still finds "leefklimaat".
function headsOf(word: string, words: Map<string, WordInfo>): string[] {
	const heads: string[] = [];
	for (let cut = MIN_MODIFIER; cut <= word.length - MIN_HEAD; cut++) {
		const head = word.slice(cut);
		const known = [head, head.replace(/(?:en|s)$/, '')].find(
			(form) => form.length >= MIN_HEAD && words.has(form)
		);
		if (known && !isStopword(known)) heads.push(known);
	}
	return heads;
}

// The parts of a compound and of its parts in turn: "jeugdhulpinstelling" → jeugdhulp, instelling, jeugd, hulp.
function allParts(word: string, isPart: (part: string, isLast: boolean) => boolean, depth = 0): string[] {
	const parts = decompoundWord(word, isPart);
	if (!parts || depth > 2) return [];
	return parts.flatMap((part) => [part, ...allParts(part, isPart, depth + 1)]);
}
