import { describe, expect, it } from 'vitest';
import { articleContentSchema, isSameContent, slugify } from './article-content.ts';
import { articleFormValuesFromContent, articleFormValuesOf, articleInputFromForm } from './article-form.ts';
import { compareContents } from './compare-contents.ts';
import { parseArticleFile } from './parse-article-file.ts';
import { markdownToPlainText, renderMarkdown } from './render-markdown.ts';
import { reviewStateOf } from './review-due.ts';

const content = articleContentSchema.parse({
	title: 'Leefklimaat in een kleine groep',
	summary: 'Wat een goed leefklimaat is en hoe je het merkt.',
	body: '## Kop\n\nEen **vast** team.',
	theme: 'opgroeien-en-wonen',
	knowledge: ['praktijk', 'ervaring'],
	audiences: ['professionals'],
	related: ['groepssamenstelling'],
	sources: [
		{ title: 'Bron', authors: 'A. Auteur', year: 2020, url: 'https://example.nl/bron', doi: '10.1/x' }
	],
	examples: [{ provider: 'De Linde', place: 'Utrecht', what: 'Samen koken.', learned: 'Rust.' }],
	contact: { name: 'Anna', role: 'Gedragswetenschapper', email: 'anna@example.nl' },
	lastReviewed: '2026-01-01',
	reviewBy: '2027-01-01'
});

describe('renderMarkdown (sanitising)', () => {
	it('keeps text structure and removes scripts, event handlers, styles and javascript: links', () => {
		const html = renderMarkdown(
			'# Titel\n\nTekst <script>alert(1)</script> <img src=x onerror="alert(2)"> <a href="javascript:alert(3)">klik</a> ' +
				'<iframe src="https://evil.example"></iframe><span style="color:red" onclick="x()">rood</span>\n\n[goed](https://example.nl)'
		);
		expect(html).not.toMatch(/<script|alert\(1\)|onerror|javascript:|<iframe|onclick|style=|<img/i);
		expect(html).toContain('<h2>Titel</h2>');
		expect(html).toContain('<a href="https://example.nl">goed</a>');
		expect(html).toContain('rood');
	});

	it('gives plain text without Markdown or HTML for search', () => {
		expect(markdownToPlainText('## Kop\n\nEen **vast** team & <b>meer</b>.\n\n- één\n- twee')).toBe(
			'Kop\nEen vast team & meer.\néén\ntwee'
		);
	});
});

describe('article content', () => {
	it('derives slugs without accents or punctuation', () => {
		expect(slugify('Wat is kleinschalig verblijf?')).toBe('wat-is-kleinschalig-verblijf');
		expect(slugify('Residentiële  zorg: één stap')).toBe('residentiele-zorg-een-stap');
	});

	it('names the field in Dutch for invalid input', () => {
		const result = articleContentSchema.safeParse({
			title: '',
			summary: 'kort',
			theme: 'X',
			knowledge: ['geloof'],
			reviewBy: '2027-13-45'
		});
		expect(result.success).toBe(false);
		const messages = result.error!.issues.map((i) => i.message).join(' ');
		for (const word of ['Titel', 'Samenvatting', 'Thema', 'Soort kennis', 'Herzien vóór'])
			expect(messages).toContain(word);
	});

	it('treats key order as the same content', () => {
		const reordered = JSON.parse(JSON.stringify({ ...content, title: content.title }));
		expect(isSameContent(content, { ...reordered })).toBe(true);
		expect(isSameContent(content, { ...content, body: 'anders' })).toBe(false);
	});
});

describe('the editor form', () => {
	it('round-trips stored content through the form fields', () => {
		const values = articleFormValuesFromContent('leefklimaat', content);
		const form = new URLSearchParams();
		for (const [key, value] of Object.entries(values)) {
			for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
		}
		const parsed = articleContentSchema.parse(articleInputFromForm(articleFormValuesOf(form)));
		expect(isSameContent(parsed, content)).toBe(true);
	});
});

describe('compareContents', () => {
	it('lists only changed fields with added and removed parts', () => {
		const diff = compareContents(content, {
			...content,
			title: 'Leefklimaat in een klein huis',
			body: `${content.body}\n\nNieuwe alinea.`
		});
		expect(diff.map((d) => d.field)).toEqual(['title', 'body']);
		const titleText = (kind: 'same' | 'added' | 'removed') =>
			diff[0]!.parts
				.filter((p) => p.kind === kind)
				.map((p) => p.text)
				.join(' ');
		expect(titleText('removed')).toContain('groep');
		expect(titleText('added')).toContain('huis');
		expect(titleText('same')).toContain('Leefklimaat');
		expect(diff[1]!.parts.some((p) => p.kind === 'added' && p.text.includes('Nieuwe alinea.'))).toBe(true);
		expect(compareContents(content, content)).toEqual([]);
	});
});

describe('parseArticleFile', () => {
	it('splits YAML front matter and body, and explains what is wrong otherwise', () => {
		const ok = parseArticleFile('---\ntitle: Een\nreviewBy: 2027-06-01\n---\nTekst\n');
		expect(ok).toEqual({
			ok: true,
			file: { frontMatter: { title: 'Een', reviewBy: '2027-06-01' }, body: 'Tekst' }
		});
		expect(parseArticleFile('Geen voorwerk')).toMatchObject({ ok: false });
		const bad = parseArticleFile('---\ntitle: [open\n---\nTekst');
		expect(bad.ok).toBe(false);
		expect(!bad.ok && bad.reason).toMatch(/YAML/);
	});
});

describe('reviewStateOf', () => {
	const today = new Date('2027-03-10T15:00:00Z');
	it('classifies past, near, later and missing review dates', () => {
		expect(reviewStateOf('2027-03-09', today)).toBe('overdue');
		expect(reviewStateOf('2027-03-10', today)).toBe('soon');
		expect(reviewStateOf('2027-05-09', today, 60)).toBe('soon');
		expect(reviewStateOf('2027-05-10', today, 60)).toBe('later');
		expect(reviewStateOf(null, today)).toBe('none');
	});
});
