import { parse as parseYaml } from 'yaml';
import { format, m } from '../i18n/nl.ts';

/** The front matter (raw, unvalidated) and the Markdown body of one article file. */
export interface ArticleFile {
	frontMatter: Record<string, unknown>;
	body: string;
}

/**
 * Splits an article file into YAML front matter and Markdown body (contracts.md, section 3).
 * Returns a Dutch reason instead of throwing, so an import can list the file and go on.
 */
export function parseArticleFile(
	text: string
): { ok: true; file: ArticleFile } | { ok: false; reason: string } {
	const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)([\s\S]*)$/.exec(normalised);
	if (!match) return { ok: false, reason: m.kennis.import.noFrontMatter };
	let data: unknown;
	try {
		data = parseYaml(match[1]!);
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
		return { ok: false, reason: format(m.kennis.import.badYaml, { reason }) };
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		return { ok: false, reason: m.kennis.import.noFrontMatter };
	}
	return { ok: true, file: { frontMatter: data as Record<string, unknown>, body: match[2]!.trim() } };
}
