/** A mail text split into plain parts and http(s) links, so a page can render the links clickable. */
export function linkParts(text: string): { text: string; href?: string }[] {
	const parts: { text: string; href?: string }[] = [];
	let last = 0;
	for (const match of text.matchAll(/https?:\/\/[^\s<>"']+/g)) {
		const start = match.index;
		// A sentence's final punctuation is not part of the link.
		const url = match[0].replace(/[.,;:!?)]+$/, '');
		if (start > last) parts.push({ text: text.slice(last, start) });
		parts.push({ text: url, href: url });
		last = start + url.length;
	}
	if (last < text.length) parts.push({ text: text.slice(last) });
	return parts;
}
