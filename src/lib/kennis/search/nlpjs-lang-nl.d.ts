// Types for the two classes of @nlpjs/lang-nl we use (the package ships none).
declare module '@nlpjs/lang-nl' {
	/** The Snowball Dutch stemmer, ported to JavaScript by nlp.js. */
	export class StemmerNl {
		stemWord(word: string): string;
	}
	/** The Dutch stop word list of nlp.js. */
	export class StopwordsNl {
		dictionary: Record<string, boolean>;
	}
}
