import { stemWord, tokenizeText } from './analyze-text.ts';

const WINDOW = 30;
const LEAD = 8;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escapes the three characters that could start markup in element content, so that only our own
 * <mark> tags are markup. Quotes stay as they are: the snippet is plain text ("regio's") that is
 * also safe to place inside an HTML element.
 */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>]/g, (c) => entities[c] ?? c);
}

/**
 * A plain-text excerpt of about 30 words around the densest group of matches, HTML-escaped, with
 * every word whose stem is in `stems` wrapped in <mark>…</mark>. Undefined when nothing matches.
 */
export function makeSnippet(text: string, stems: ReadonlySet<string>): string | undefined {
	const tokens = tokenizeText(text);
	const hits = tokens.map((token) => stems.has(stemWord(token.term)));
	if (!hits.some(Boolean)) return undefined;
	let bestStart = 0;
	let bestScore = -1;
	let score = 0;
	for (let i = 0; i < tokens.length; i++) {
		if (hits[i]) score++;
		if (i >= WINDOW && hits[i - WINDOW]) score--;
		const start = Math.max(0, i - WINDOW + 1);
		if (score > bestScore) {
			bestScore = score;
			bestStart = start;
		}
	}
	// Start a few words before the first match of the best window, so it reads in context.
	const firstHit = hits.indexOf(true, bestStart);
	const startToken = Math.max(0, firstHit - LEAD);
	const endToken = Math.min(tokens.length, startToken + WINDOW);
	return excerpt(text, tokens, hits, startToken, endToken);
}

/** The first words of a text, escaped, for results that match in the title only. */
export function leadSnippet(text: string): string {
	const tokens = tokenizeText(text);
	return excerpt(text, tokens, [], 0, Math.min(tokens.length, WINDOW));
}

function excerpt(
	text: string,
	tokens: ReturnType<typeof tokenizeText>,
	hits: boolean[],
	startToken: number,
	endToken: number
): string {
	if (tokens.length === 0) return '';
	const from = startToken === 0 ? 0 : tokens[startToken]!.start;
	const to = endToken >= tokens.length ? text.length : tokens[endToken - 1]!.end;
	let html = '';
	let position = from;
	for (let i = startToken; i < endToken; i++) {
		if (!hits[i]) continue;
		const token = tokens[i]!;
		html += escapeHtml(text.slice(position, token.start));
		html += `<mark>${escapeHtml(text.slice(token.start, token.end))}</mark>`;
		position = token.end;
	}
	html += escapeHtml(text.slice(position, to));
	html = html.replace(/\s+/g, ' ').trim();
	return `${from > 0 ? '… ' : ''}${html}${to < text.length ? ' …' : ''}`;
}
