/** The parts of a compound word, each a word the index knows ("jeugdhulpinstelling" → jeugdhulp + instelling). */
export type CompoundParts = string[];

// Dutch linking morphemes between the parts of a compound: "gezin-s-huis", "ouder-en-avond".
const LINKS = ['', 's', 'e', 'en'] as const;
const MIN_PART = 4;

/**
 * Splits a folded word into known words, with the Dutch linking -s-/-e-/-en- allowed between
 * them, preferring the fewest and then the longest-headed parts. `isWord` says whether a piece is
 * a word of the index (`isLast`: it ends the word, where an inflected form may stand). Returns undefined when the word is not such a compound.
 */
export function decompoundWord(
	word: string,
	isWord: (part: string, isLast: boolean) => boolean
): CompoundParts | undefined {
	if (word.length < MIN_PART * 2) return undefined;
	// best[i]: the shortest split of word.slice(i) into parts, or null when there is none.
	const best: (CompoundParts | null)[] = new Array<CompoundParts | null>(word.length + 1).fill(null);
	best[word.length] = [];
	for (let i = word.length - MIN_PART; i >= 0; i--) {
		let chosen: CompoundParts | null = null;
		// The whole word is not a split of itself.
		for (let end = i === 0 ? word.length - MIN_PART : word.length; end >= i + MIN_PART; end--) {
			const part = word.slice(i, end);
			if (!isWord(part, end === word.length)) continue;
			for (const link of LINKS) {
				if (end === word.length && link) continue;
				if (!word.startsWith(link, end)) continue;
				const rest = best[end + link.length];
				if (rest === null || rest === undefined) continue;
				if (chosen === null || rest.length + 1 < chosen.length) chosen = [part, ...rest];
			}
		}
		best[i] = chosen;
	}
	const parts = best[0];
	return parts && parts.length >= 2 ? parts : undefined;
}
