// Rows of the distance table, reused between calls: the typo scan compares a query word with
// thousands of words of the vocabulary, and fresh arrays per call dominate its cost.
let before = new Int32Array(64);
let previous = new Int32Array(64);
let current = new Int32Array(64);
const letters = new Int32Array(128);

/**
 * A lower bound of the edit distance from the letters alone: each edit adds or removes at most
 * one letter on each side (a swap none), so the larger one-sided difference cannot exceed it.
 */
function letterBound(a: string, b: string): number {
	for (let i = 0; i < a.length; i++) letters[a.charCodeAt(i) & 127]! += 1;
	for (let i = 0; i < b.length; i++) letters[b.charCodeAt(i) & 127]! -= 1;
	let extraA = 0;
	let extraB = 0;
	for (let i = 0; i < a.length; i++) {
		const code = a.charCodeAt(i) & 127;
		if (letters[code]! > 0) extraA += letters[code]!;
		letters[code] = 0;
	}
	for (let i = 0; i < b.length; i++) {
		const code = b.charCodeAt(i) & 127;
		if (letters[code]! < 0) extraB -= letters[code]!;
		letters[code] = 0;
	}
	return Math.max(extraA, extraB);
}

/**
 * Optimal-string-alignment Damerau-Levenshtein distance (insert, delete, substitute, swap two
 * neighbours), giving up early: returns `max + 1` as soon as the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	if (a === b) return 0;
	if (letterBound(a, b) > max) return max + 1;
	const width = b.length + 1;
	if (width > before.length) {
		before = new Int32Array(width * 2);
		previous = new Int32Array(width * 2);
		current = new Int32Array(width * 2);
	}
	for (let j = 0; j < width; j++) previous[j] = j;
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, before[j - 2]! + 1);
			}
			current[j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > max) return max + 1;
		[before, previous, current] = [previous, current, before];
	}
	return Math.min(previous[b.length]!, max + 1);
}

/** How many typing errors a word of this length may contain and still match: 0, 1 or 2. */
export function allowedTypos(length: number): number {
	if (length < 4) return 0;
	if (length < 8) return 1;
	return 2;
}
