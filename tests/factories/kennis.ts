import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ArticleContentInput } from '../../src/lib/kennis/article-content.ts';
import { getDb, schema } from '../../src/lib/server/db/index.ts';

// Test data for the kennisdossier: themes, article content, article files on disk.

let counter = 0;

/** A theme in the database (slug `thema-N` unless given). */
export async function buildTheme(
	overrides: Partial<{ slug: string; title: string; intro: string; position: number }> = {}
) {
	counter += 1;
	const theme = {
		id: randomUUID(),
		slug: overrides.slug ?? `thema-${counter}`,
		title: overrides.title ?? `Thema ${counter}`,
		intro: overrides.intro ?? 'Een korte inleiding op het thema.',
		position: overrides.position ?? counter
	};
	await getDb().insert(schema.kennisTheme).values(theme);
	return theme;
}

/** Valid article content for the editor, the import or the API. */
export function buildArticleInput(overrides: Partial<ArticleContentInput> = {}): ArticleContentInput {
	counter += 1;
	return {
		title: `Wonen in een klein huis ${counter}`,
		summary: 'Hoe jongeren in een kleine groep met een vast team opgroeien.',
		body: '## Een gewoon huis\n\nIn een **klein huis** wonen hooguit zes jongeren.\n\n- vast team\n- woonwijk',
		theme: 'thema-1',
		knowledge: ['praktijk'],
		audiences: ['professionals'],
		sources: [
			{
				title: 'Richting geven aan kleinschalig verblijf',
				authors: 'Consortium',
				year: 2021,
				url: 'https://example.nl/richting'
			}
		],
		...overrides
	};
}

/** A temporary folder with the given files (path relative to it → text). */
export async function buildContentDir(files: Record<string, string>): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'kennis-import-'));
	for (const [path, text] of Object.entries(files)) {
		await mkdir(dirname(join(dir, path)), { recursive: true });
		await writeFile(join(dir, path), text);
	}
	return dir;
}

/** The text of an article file with the given front matter lines and body. */
export function articleFile(frontMatter: string, body = 'Tekst van het artikel.'): string {
	return `---\n${frontMatter.trim()}\n---\n${body}\n`;
}
