import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { articleFile, buildContentDir } from '../../../../tests/factories/kennis.ts';
import { buildActor } from '../../../../tests/reference/register-factories.ts';
import { systemActor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { isAppError } from '../errors.ts';
import { importArticles } from './import-articles.ts';
import { importStarterContent, starterContentDir } from './import-starter-content.ts';
import { listPublishedDocuments } from './list-published-documents.ts';

const themes = `
- slug: eerste-thema
  title: Het eerste thema
  intro: Inleiding op het eerste thema.
- slug: tweede-thema
  title: Het tweede thema
  intro: Inleiding op het tweede thema.
`;

const good = articleFile(
	`
title: Wat is kleinschalig verblijf?
theme: tweede-thema
summary: Een woonvorm voor een kleine groep kinderen en jongeren met een vast team.
knowledge: [wetenschappelijk, praktijk]
audiences: [professionals, jongeren-en-ouders]
related: [vormen]
sources:
  - { title: "Richting geven aan kleinschalig verblijf", url: "https://example.nl/richting", year: 2021, authors: "Consortium", doi: "10.1234/abc" }
examples:
  - { provider: "Jeugdhulp De Linde", place: "Utrecht", what: "Vier jongeren in een rijtjeshuis.", learned: "Een vast team helpt." }
contact: { name: "Anna de Vries", role: "Gedragswetenschapper", email: "anna@example.nl" }
lastReviewed: 2026-01-15
reviewBy: 2027-06-01
`,
	'## Kort\n\nEen **kleine** groep.\n\n<script>alert(1)</script>'
);

async function revisionsOf(slug: string) {
	const [article] = await getDb()
		.select()
		.from(schema.kennisArticle)
		.where(eq(schema.kennisArticle.slug, slug));
	if (!article) return [];
	return getDb().select().from(schema.kennisRevision).where(eq(schema.kennisRevision.articleId, article.id));
}

describe('importArticles', () => {
	it('creates articles, themes in file order, sanitised HTML, and lists invalid files with a reason', async () => {
		const dir = await buildContentDir({
			'themes.yml': themes,
			'a/wat-is.md': good,
			'a/geen-voorwerk.md': 'Alleen tekst, geen voorwerk.',
			'b/fout.md': articleFile('title: Fout\ntheme: tweede-thema\nsummary: kort\nknowledge: [geloof]'),
			'b/nieuw-thema.md': articleFile(
				'title: Een nieuw thema\nslug: nieuw\ntheme: derde-thema\nsummary: Een artikel in een thema dat nog niet bestaat.'
			),
			'notities.txt': 'geen artikel'
		});
		const result = await importArticles(systemActor, { dir });
		expect(result.created.sort()).toEqual(['nieuw', 'wat-is-kleinschalig-verblijf']);
		expect(result.themesCreated).toEqual(['eerste-thema', 'tweede-thema', 'derde-thema']);
		expect(result.invalid.map((i) => i.file).sort()).toEqual(['a/geen-voorwerk.md', 'b/fout.md']);
		const fout = result.invalid.find((i) => i.file === 'b/fout.md')!;
		expect(fout.reason).toContain('Samenvatting');
		expect(fout.reason).toContain('Soort kennis');

		const themeRows = await getDb().select().from(schema.kennisTheme).orderBy(schema.kennisTheme.position);
		expect(themeRows.map((t) => [t.slug, t.title])).toEqual([
			['eerste-thema', 'Het eerste thema'],
			['tweede-thema', 'Het tweede thema'],
			['derde-thema', 'Derde thema']
		]);

		const [revision] = await revisionsOf('wat-is-kleinschalig-verblijf');
		expect(revision!.content).toMatchObject({
			examples: [{ provider: 'Jeugdhulp De Linde', place: 'Utrecht' }],
			contact: { name: 'Anna de Vries', email: 'anna@example.nl' },
			sources: [{ doi: '10.1234/abc', authors: 'Consortium', year: 2021 }],
			lastReviewed: '2026-01-15',
			reviewBy: '2027-06-01'
		});
		expect(revision!.bodyHtml).toContain('<strong>kleine</strong>');
		expect(revision!.bodyHtml).not.toContain('<script');
		expect(revision!.bodyHtml).not.toContain('alert(1)');
		// Without --publish nothing is visible to readers.
		expect(await listPublishedDocuments()).toEqual([]);
	});

	it('updates by slug: a new revision only when content changed; --publish publishes it', async () => {
		const dir = await buildContentDir({ 'themes.yml': themes, 'wat-is.md': good });
		await importArticles(systemActor, { dir });
		const again = await importArticles(systemActor, { dir });
		expect(again.unchanged).toEqual(['wat-is-kleinschalig-verblijf']);
		expect(await revisionsOf('wat-is-kleinschalig-verblijf')).toHaveLength(1);

		const published = await importArticles(systemActor, { dir, publish: true });
		expect(published).toMatchObject({
			unchanged: ['wat-is-kleinschalig-verblijf'],
			published: ['wat-is-kleinschalig-verblijf']
		});
		expect(await revisionsOf('wat-is-kleinschalig-verblijf')).toHaveLength(1);
		expect((await listPublishedDocuments()).map((d) => d.slug)).toEqual(['wat-is-kleinschalig-verblijf']);

		const changed = await buildContentDir({
			'themes.yml': themes,
			'wat-is.md': good.replace('Een **kleine** groep.', 'Een kleine groep, gewijzigd.')
		});
		const update = await importArticles(systemActor, { dir: changed, publish: true });
		expect(update.updated).toEqual(['wat-is-kleinschalig-verblijf']);
		expect(await revisionsOf('wat-is-kleinschalig-verblijf')).toHaveLength(2);
		expect((await listPublishedDocuments())[0]!.body).toContain('gewijzigd');
		const noop = await importArticles(systemActor, { dir: changed, publish: true });
		expect(noop.unchanged).toEqual(['wat-is-kleinschalig-verblijf']);
		expect(noop.published).toEqual([]);
	});

	it('refuses non-editors and a folder that does not exist', async () => {
		const dir = await buildContentDir({ 'wat-is.md': good });
		for (const actor of [null, await buildActor('user'), await buildActor('coordinator')]) {
			await expect(importArticles(actor, { dir })).rejects.toSatisfy(isAppError);
		}
		await expect(importArticles(systemActor, { dir: `${dir}/bestaat-niet` })).rejects.toMatchObject({
			code: 'invalid-input'
		});
	});

	it('imports and publishes the starter dossier in content/ once, on an empty dossier', async () => {
		await getDb().delete(schema.kennisArticle);
		const result = await importStarterContent(starterContentDir());
		expect(result!.invalid).toEqual([]);
		expect(result!.published.length).toBeGreaterThanOrEqual(25);
		expect(await importStarterContent(starterContentDir())).toBeNull();
	});
});
