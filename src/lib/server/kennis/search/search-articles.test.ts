import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFile, buildContentDir } from '../../../../../tests/factories/kennis.ts';
import { GET } from '../../../../routes/api/v1/search/+server.ts';
import { systemActor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { isAppError } from '../../errors.ts';
import { buildRequestEvent } from '../../http/build-test-event.ts';
import { importArticles } from '../import-articles.ts';
import { invalidateSearchIndex } from './invalidate-search-index.ts';
import { searchArticles } from './search-articles.ts';
import { searchDossier } from './search-dossier.ts';
import { suggestArticles } from './suggest-articles.ts';

const article = (
	slug: string,
	theme: string,
	title: string,
	body: string,
	tags = 'knowledge: [praktijk]\naudiences: [professionals]'
) =>
	articleFile(
		`title: ${title}\nslug: ${slug}\ntheme: ${theme}\nsummary: Een korte samenvatting over ${title.toLowerCase()}.\n${tags}`,
		body
	);

async function importDir(files: Record<string, string>, publish: boolean) {
	const result = await importArticles(systemActor, { dir: await buildContentDir(files), publish });
	expect(result.invalid).toEqual([]);
}

async function fieldErrorsOf(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (error) {
		if (isAppError(error) && error.code === 'invalid-input') return error.fieldErrors.map((e) => e.path);
		throw error;
	}
	throw new Error('expected invalid input');
}

beforeAll(async () => {
	await importDir(
		{
			'a.md': article(
				'afbouw',
				'organisatie',
				'Jeugdhulpinstellingen bouwen af',
				'Een jeugdhulpinstelling verhuist haar groepen naar gewone woonwijken. <script>alert(1)</script> & meer.'
			),
			'b.md': article(
				'terugblik',
				'organisatie',
				'Terugblik op tien jaar',
				'Van een grote instelling voor jeugdhulp naar kleine huizen in drie dorpen.'
			),
			'c.md': article(
				'gezinshuis',
				'vormen',
				'Het gezinshuis',
				'In gezinshuizen wonen kinderen bij gezinshuisouders.',
				'knowledge: [ervaring]\naudiences: [jongeren-en-ouders]'
			)
		},
		true
	);
	// A draft is not public: it must never be found.
	await importDir(
		{ 'd.md': article('concept', 'organisatie', 'Geheime instelling', 'Concepttekst over een instelling.') },
		false
	);
});

describe('searchArticles (contract 3)', () => {
	it('finds compounds both ways, with exactly the contract fields, best first', async () => {
		const found = await searchArticles({ q: 'instelling' });
		expect(found.total).toBe(2);
		expect(found.results.map((r) => r.slug).sort()).toEqual(['afbouw', 'terugblik']);
		for (const result of found.results) {
			expect(Object.keys(result).sort()).toEqual(['score', 'slug', 'snippet', 'theme', 'title']);
			expect(result.theme).toBe('organisatie');
		}
		expect(found.results[0]!.score).toBeGreaterThanOrEqual(found.results[1]!.score);
		const reverse = await searchArticles({ q: 'jeugdhulpinstelling' });
		expect(reverse.results.map((r) => r.slug).sort()).toEqual(['afbouw', 'terugblik']);
	});

	it('never finds drafts', async () => {
		const found = await searchArticles({ q: 'concepttekst' });
		expect(found).toEqual({ total: 0, results: [] });
	});

	it('marks matched words in an escaped plain-text snippet', async () => {
		const [result] = (await searchArticles({ q: 'woonwijken' })).results;
		expect(result!.snippet).toContain('<mark>woonwijken</mark>');
		// The only markup in a snippet is our own <mark>; the rest is escaped text.
		expect(result!.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
		expect(result!.snippet).toContain('&amp; meer');
	});

	it('tolerates typing errors, plurals and filters by theme, knowledge and audience', async () => {
		expect((await searchArticles({ q: 'gezinshius' })).results.map((r) => r.slug)).toEqual(['gezinshuis']);
		expect((await searchArticles({ q: 'kind' })).results.map((r) => r.slug)).toEqual(['gezinshuis']);
		expect((await searchArticles({ q: 'instelling', theme: 'vormen' })).total).toBe(0);
		expect(
			(await searchArticles({ q: 'gezinshuis', knowledge: 'ervaring', audience: 'jongeren-en-ouders' })).total
		).toBe(1);
		expect((await searchArticles({ q: 'gezinshuis', audience: 'beleidsmakers' })).total).toBe(0);
		expect((await searchArticles({ q: 'instelling', limit: '1' })).results).toHaveLength(1);
	});

	it('refuses invalid input with a Dutch message per field', async () => {
		expect(await fieldErrorsOf(searchArticles({ q: '' }))).toEqual(['q']);
		expect(await fieldErrorsOf(searchArticles({}))).toEqual(['q']);
		expect(
			await fieldErrorsOf(
				searchArticles({ q: 'x', limit: '0', theme: 'Geen slug!', knowledge: 'x', audience: 'y' })
			)
		).toEqual(['limit', 'theme', 'knowledge', 'audience']);
		expect(await fieldErrorsOf(searchArticles({ q: 'x'.repeat(201), limit: '2.5' }))).toEqual(['q', 'limit']);
	});

	it('sees a change made by another instance without being told (fingerprint)', async () => {
		expect((await searchArticles({ q: 'gezinshuis' })).total).toBe(1);
		// Archive directly in the database, as another app instance would: no invalidateSearchIndex here.
		await getDb()
			.update(schema.kennisArticle)
			.set({ status: 'archived', publishedRevision: null, updatedAt: new Date() })
			.where(eq(schema.kennisArticle.slug, 'gezinshuis'));
		expect((await searchArticles({ q: 'gezinshuis' })).total).toBe(0);
		await getDb()
			.update(schema.kennisArticle)
			.set({ status: 'published', publishedRevision: 1, updatedAt: new Date() })
			.where(eq(schema.kennisArticle.slug, 'gezinshuis'));
		expect((await searchArticles({ q: 'gezinshuis' })).total).toBe(1);
	});
});

describe('the index cache', () => {
	it('rebuilds after invalidateSearchIndex, and sees renamed themes by the fingerprint', async () => {
		const [row] = await getDb()
			.select({ id: schema.kennisArticle.id })
			.from(schema.kennisArticle)
			.where(eq(schema.kennisArticle.slug, 'terugblik'));
		const [revision] = await getDb()
			.select()
			.from(schema.kennisRevision)
			.where(eq(schema.kennisRevision.articleId, row!.id));
		expect((await searchArticles({ q: 'schaapskooi' })).total).toBe(0);
		// A change the fingerprint cannot see: the cached index answers until it is invalidated.
		await getDb()
			.update(schema.kennisRevision)
			.set({ content: { ...revision!.content, body: `${revision!.content.body} Een schaapskooi.` } })
			.where(eq(schema.kennisRevision.id, revision!.id));
		expect((await searchArticles({ q: 'schaapskooi' })).total).toBe(0);
		invalidateSearchIndex();
		expect((await searchArticles({ q: 'schaapskooi' })).total).toBe(1);

		await getDb()
			.update(schema.kennisTheme)
			.set({ title: 'Organisatie en geld' })
			.where(eq(schema.kennisTheme.slug, 'organisatie'));
		const page = await searchDossier({ q: 'schaapskooi' });
		expect(page.results[0]!.themeTitle).toBe('Organisatie en geld');
	});
});

describe('GET /api/v1/search', () => {
	const get = (query: string) => GET(buildRequestEvent(`http://localhost/api/v1/search?${query}`) as never);

	it('answers contract 3 as JSON', async () => {
		const response = await get('q=instelling&limit=5');
		expect(response.status).toBe(200);
		const body = await response.json();
		expect(body.total).toBe(2);
		expect(body.results[0]).toMatchObject({ theme: 'organisatie' });
	});

	it('answers invalid parameters with a Dutch 400 problem per field', async () => {
		const response = await get('q=&limit=abc&knowledge=onzin');
		expect(response.status).toBe(400);
		expect(response.headers.get('content-type')).toBe('application/problem+json');
		const problem = await response.json();
		expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(['q', 'limit', 'knowledge']);
		expect(problem.errors[0].message).toMatch(/^Zoekterm:/);
	});
});

describe('the search page and suggestions', () => {
	it('counts facets, pages the results and offers "bedoelde u" when nothing is found', async () => {
		const page = await searchDossier({ q: 'instelling', page: '9' });
		expect(page.page).toBe(1);
		expect(page.facets.theme).toEqual([{ value: 'organisatie', title: expect.any(String), count: 2 }]);
		expect(page.facets.knowledge).toEqual([{ value: 'praktijk', title: 'praktijk', count: 2 }]);
		const nothing = await searchDossier({ q: 'jeugdhlupinstelingk' });
		expect(nothing.total).toBe(0);
		expect(nothing.didYouMean).toBe('jeugdhulpinstelling');
		expect((await searchDossier({})).results).toEqual([]);
	});

	it('suggests article titles from two letters on', async () => {
		expect((await suggestArticles({ q: 'g' })).suggestions).toEqual([]);
		const { suggestions } = await suggestArticles({ q: 'gezinsh' });
		expect(suggestions.map((s) => s.slug)).toEqual(['gezinshuis']);
		expect((await suggestArticles({ q: 42 })).suggestions).toEqual([]);
	});
});
