import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticleInput, buildTheme } from '../../../../tests/factories/kennis.ts';
import { buildActor } from '../../../../tests/reference/register-factories.ts';
import { GET as articleEndpoint } from '../../../routes/api/v1/articles/[slug]/+server.ts';
import { GET as articlesEndpoint } from '../../../routes/api/v1/articles/+server.ts';
import { GET as feedEndpoint } from '../../../routes/kennisdossier/feed.xml/+server.ts';
import type { Actor } from '../accounts/actor.ts';
import { buildRequestEvent } from '../http/build-test-event.ts';
import { approveArticle } from './approve-article.ts';
import { archiveArticle } from './archive-article.ts';
import { buildFeed } from './build-feed.ts';
import { compareRevisions } from './compare-revisions.ts';
import { createArticle } from './create-article.ts';
import { getEditorArticle } from './get-editor-article.ts';
import { getPublishedArticle } from './get-published-article.ts';
import { getThemePage } from './get-theme-page.ts';
import { listEditorArticles } from './list-editor-articles.ts';
import { listPublishedArticles } from './list-published-articles.ts';
import { listReviewDue } from './list-review-due.ts';
import { listRevisions } from './list-revisions.ts';
import { listThemes } from './list-themes.ts';
import { submitArticle } from './submit-article.ts';
import { updateArticle } from './update-article.ts';

let writer: Actor;
let reviewer: Actor;

async function publish(input: ReturnType<typeof buildArticleInput>, now?: Date) {
	const { slug } = await createArticle(writer, { input });
	await submitArticle(writer, { slug });
	await approveArticle(reviewer, { slug, now });
	return slug;
}

beforeAll(async () => {
	writer = await buildActor('editor');
	reviewer = await buildActor('editor');
	await buildTheme({ slug: 'wonen', title: 'Opgroeien en wonen', position: 2 });
	await buildTheme({ slug: 'organisatie', title: 'Organisatie', position: 1 });
	await publish(
		buildArticleInput({
			title: 'Leefklimaat',
			theme: 'wonen',
			audiences: ['professionals'],
			related: ['voor-jongeren', 'bestaat-niet', 'concept']
		}),
		new Date('2026-01-01T10:00:00Z')
	);
	await publish(
		buildArticleInput({
			title: 'Voor jongeren',
			theme: 'wonen',
			audiences: ['jongeren-en-ouders'],
			body: 'Gewone taal & <b>vet</b>'
		}),
		new Date('2026-02-01T10:00:00Z')
	);
	await createArticle(writer, {
		input: buildArticleInput({ title: 'Concept', theme: 'organisatie', reviewBy: '2000-01-01' })
	});
	const archived = await publish(buildArticleInput({ title: 'Oud', theme: 'organisatie' }));
	await archiveArticle(reviewer, { slug: archived });
});

describe('reading the dossier', () => {
	it('lists themes in order with counts of what readers can see', async () => {
		expect(await listThemes()).toEqual([
			expect.objectContaining({ slug: 'organisatie', articleCount: 0 }),
			expect.objectContaining({ slug: 'wonen', title: 'Opgroeien en wonen', articleCount: 2 })
		]);
	});

	it('filters a theme page by audience and 404s an unknown theme', async () => {
		const all = await getThemePage({ slug: 'wonen' });
		expect(all.articles.map((a) => a.slug)).toEqual(['leefklimaat', 'voor-jongeren']);
		const youth = await getThemePage({ slug: 'wonen', audience: 'jongeren-en-ouders' });
		expect(youth).toMatchObject({ totalCount: 2, articles: [{ slug: 'voor-jongeren' }] });
		await expect(getThemePage({ slug: 'nergens' })).rejects.toMatchObject({ code: 'not-found' });
		expect((await listPublishedArticles({ audience: 'jongeren-en-ouders' })).map((a) => a.slug)).toEqual([
			'voor-jongeren'
		]);
	});

	it('shows a published article with only followable lees-ook links; drafts and archived ones are 404', async () => {
		const article = await getPublishedArticle({ slug: 'leefklimaat' });
		expect(article.related).toEqual([{ slug: 'voor-jongeren', title: 'Voor jongeren' }]);
		expect(article.content.sources[0]).toMatchObject({ title: 'Richting geven aan kleinschalig verblijf' });
		await expect(getPublishedArticle({ slug: 'concept' })).rejects.toMatchObject({ code: 'not-found' });
		await expect(getPublishedArticle({ slug: 'oud' })).rejects.toMatchObject({ code: 'not-found' });
	});

	it('serves a well-formed Atom feed of published articles, newest first, with escaped content', async () => {
		const xml = await buildFeed({ origin: 'https://kleinschalig.example' });
		expect(XMLValidator.validate(xml)).toBe(true);
		const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
		expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
		const entries = [feed.entry].flat();
		expect(
			entries.map((e: { title: string | { '#text': string } }) =>
				typeof e.title === 'string' ? e.title : e.title['#text']
			)
		).toEqual(['Voor jongeren', 'Leefklimaat']);
		expect(entries[0].id).toBe('https://kleinschalig.example/kennisdossier/artikel/voor-jongeren');
		const response = await feedEndpoint(
			buildRequestEvent('https://kleinschalig.example/kennisdossier/feed.xml') as never
		);
		expect(response.headers.get('content-type')).toContain('application/atom+xml');
		expect(XMLValidator.validate(await response.text())).toBe(true);
	});
});

describe('the reading API', () => {
	it('lists published articles with filters, gives one article, and answers bad filters with a Dutch 400', async () => {
		const list = await articlesEndpoint(
			buildRequestEvent('http://localhost/api/v1/articles?audience=jongeren-en-ouders') as never
		);
		expect(await list.json()).toEqual({
			articles: [expect.objectContaining({ slug: 'voor-jongeren', themeSlug: 'wonen' })]
		});
		const byTheme = await articlesEndpoint(
			buildRequestEvent('http://localhost/api/v1/articles?theme=organisatie') as never
		);
		expect(await byTheme.json()).toEqual({ articles: [] });
		const bad = await articlesEndpoint(
			buildRequestEvent('http://localhost/api/v1/articles?audience=iedereen&limit=0') as never
		);
		expect(bad.status).toBe(400);
		expect(bad.headers.get('content-type')).toBe('application/problem+json');
		expect((await bad.json()).errors.map((e: { path: string }) => e.path).sort()).toEqual([
			'audience',
			'limit'
		]);
		const one = await articleEndpoint({
			...buildRequestEvent('http://localhost/api/v1/articles/leefklimaat'),
			params: { slug: 'leefklimaat' }
		} as never);
		expect(await one.json()).toMatchObject({ slug: 'leefklimaat', content: { title: 'Leefklimaat' } });
		const draft = await articleEndpoint({
			...buildRequestEvent('http://localhost/api/v1/articles/concept'),
			params: { slug: 'concept' }
		} as never);
		expect(draft.status).toBe(404);
	});
});

describe('editor views', () => {
	it('lists every state for editors, the review queue and overdue reviews; refuses others', async () => {
		const all = await listEditorArticles(writer);
		expect(all.rows.map((r) => r.slug).sort()).toEqual(['concept', 'leefklimaat', 'oud', 'voor-jongeren']);
		expect((await listEditorArticles(writer, { status: 'draft' })).rows.map((r) => r.slug)).toEqual([
			'concept'
		]);
		const due = await listReviewDue(writer, { now: new Date('2026-06-01T00:00:00Z') });
		expect(due.rows).toEqual([expect.objectContaining({ slug: 'concept', state: 'overdue' })]);
		for (const actor of [null, await buildActor('user'), await buildActor('researcher')]) {
			await expect(listEditorArticles(actor)).rejects.toMatchObject({
				code: actor ? 'forbidden' : 'unauthenticated'
			});
			await expect(listReviewDue(actor)).rejects.toMatchObject({
				code: actor ? 'forbidden' : 'unauthenticated'
			});
			await expect(listRevisions(actor, { slug: 'concept' })).rejects.toMatchObject({
				code: actor ? 'forbidden' : 'unauthenticated'
			});
			await expect(getEditorArticle(actor, { slug: 'concept' })).rejects.toMatchObject({
				code: actor ? 'forbidden' : 'unauthenticated'
			});
			await expect(compareRevisions(actor, { slug: 'concept', from: 1, to: 1 })).rejects.toMatchObject({
				code: actor ? 'forbidden' : 'unauthenticated'
			});
		}
	});

	it('compares any two revisions and shows the four-eyes state to each editor', async () => {
		await updateArticle(writer, {
			slug: 'concept',
			input: buildArticleInput({
				title: 'Concept',
				theme: 'organisatie',
				summary: 'Een nieuwe samenvatting van dit concept.'
			})
		});
		const history = await listRevisions(reviewer, { slug: 'concept' });
		expect(history.revisions.map((r) => r.number)).toEqual([2, 1]);
		const diff = await compareRevisions(reviewer, { slug: 'concept', from: '1', to: '2' });
		expect(diff.fields.map((f) => f.field)).toEqual(['summary', 'reviewBy']);
		await expect(compareRevisions(reviewer, { slug: 'concept', from: 'x', to: 2 })).rejects.toMatchObject({
			code: 'invalid-input'
		});
		await expect(compareRevisions(reviewer, { slug: 'concept', from: 1, to: 9 })).rejects.toMatchObject({
			code: 'not-found'
		});
		expect((await getEditorArticle(writer, { slug: 'concept' })).isOwnWork).toBe(true);
		expect((await getEditorArticle(reviewer, { slug: 'concept' })).isOwnWork).toBe(false);
	});
});
