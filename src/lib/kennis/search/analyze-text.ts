import { StemmerNl, StopwordsNl } from '@nlpjs/lang-nl';

/** A word of a text: its folded form and where it stands in the original string. */
export interface Token {
	/** Lower case, accents removed: the form everything is matched on. */
	term: string;
	start: number;
	end: number;
}

const stemmer = new StemmerNl();
// As a Set: faster, and safe for words like "constructor" that a plain object would "contain".
const stopwords = new Set(Object.keys(new StopwordsNl().dictionary));

// Letters and digits, with inner apostrophes and hyphens kept out: "kind's" and "jeugd-ggz"
// become separate words, so both halves can be found.
const WORD = /[\p{L}\p{N}]+/gu;
const DIACRITICS = /\p{M}+/gu;

/** Lower-cases and removes accents ("Ééntje coöperatie" → "eentje cooperatie"). */
export function foldText(text: string): string {
	return text.normalize('NFD').replace(DIACRITICS, '').toLowerCase().replace(/ĳ/g, 'ij');
}

/** Splits a text into folded words with their positions in the original text. */
export function tokenizeText(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(WORD)) {
		const term = foldText(match[0]);
		if (term) tokens.push({ term, start: match.index, end: match.index + match[0].length });
	}
	return tokens;
}

/** Folded words of a text, without positions. */
export function termsOf(text: string): string[] {
	return tokenizeText(text).map((token) => token.term);
}

// Irregular plurals the Snowball rules leave apart from their singular: the closed class of
// -eren plurals ("kalveren") and the plurals that change their vowel ("leden", "steden").
const irregular: Record<string, string> = {
	kinderen: 'kind',
	kinder: 'kind',
	eieren: 'ei',
	volkeren: 'volk',
	bladeren: 'blad',
	liederen: 'lied',
	kalveren: 'kalf',
	lammeren: 'lam',
	runderen: 'rund',
	goederen: 'goed',
	beenderen: 'been',
	raderen: 'rad',
	gelederen: 'gelid',
	leden: 'lid',
	steden: 'stad',
	smeden: 'smid',
	schepen: 'schip'
};

// Plurals with a diaeresis ("ideeën", "knieën", "categorieën"), once folded: drop the -en.
const DIAERESIS_PLURAL = /(?<=[ei]e)en$/;
// Snowball strips a final -s after a consonant ("mens" → men) but keeps it when a plural ending
// went first ("mensen" → mens); Dutch also doubles a consonant before -en ("bus" → bussen).
const DOUBLED = /([b-df-hj-np-tv-z])\1$/;
const FINAL_S = /(?<=[b-df-hk-np-rtv-z])s$/;

const stems = new Map<string, string>();

/**
 * The Dutch stem of a folded word: Snowball (nlp.js) plus repairs so that singular and plural
 * meet: a final z/v becomes s/f ("huizen" → huiz → huis), a doubled final consonant is undoubled
 * ("bussen" → buss → bus), a final -s after a consonant goes as Snowball does for the singular
 * ("mensen" → mens → men = "mens"), diaeresis plurals lose their -en ("ideeën" → idee) and a few
 * irregular plurals are looked up ("kinderen" → kind). Digits are kept as they are.
 */
export function stemWord(term: string): string {
	const cached = stems.get(term);
	if (cached !== undefined) return cached;
	let stem = irregular[term] ?? term;
	if (stem === term && term.length > 3 && !/\d/.test(term)) {
		stem = stemmer.stemWord(term.replace(DIAERESIS_PLURAL, ''));
		stem = stem.replace(/z$/, 's').replace(/v$/, 'f');
		if (stem.length > 3) stem = stem.replace(DOUBLED, '$1').replace(FINAL_S, '');
	}
	if (stems.size > 200_000) stems.clear();
	stems.set(term, stem);
	return stem;
}

/** Whether a folded word is a Dutch stop word ("de", "voor", "en"). */
export function isStopword(term: string): boolean {
	return stopwords.has(term);
}
