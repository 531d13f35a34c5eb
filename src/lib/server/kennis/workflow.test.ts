import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildArticleInput, buildTheme } from '../../../../tests/factories/kennis.ts';
import { buildActor } from '../../../../tests/reference/register-factories.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { isAppError } from '../errors.ts';
import { approveArticle } from './approve-article.ts';
import { archiveArticle, unarchiveArticle } from './archive-article.ts';
import { createArticle } from './create-article.ts';
import { listPublishedDocuments } from './list-published-documents.ts';
import { restoreRevision } from './restore-revision.ts';
import { returnToDraft } from './return-to-draft.ts';
import { submitArticle } from './submit-article.ts';
import { updateArticle } from './update-article.ts';

async function errorCodeOf(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (error) {
		if (isAppError(error)) return error.code;
		throw error;
	}
	throw new Error('expected an AppError');
}

async function articleRow(slug: string) {
	const [row] = await getDb().select().from(schema.kennisArticle).where(eq(schema.kennisArticle.slug, slug));
	return row!;
}

/** The published documents of one article (the database is shared by the tests of this file). */
async function publishedOf(slug: string) {
	return (await listPublishedDocuments()).filter((document) => document.slug === slug);
}

async function eventsOf(slug: string) {
	const article = await articleRow(slug);
	return getDb().select().from(schema.kennisEvent).where(eq(schema.kennisEvent.articleId, article.id));
}

let writer: Actor;
let reviewer: Actor;

beforeEach(async () => {
	await buildTheme({ slug: 'thema-1' }).catch(() => undefined);
	writer = await buildActor('editor');
	reviewer = await buildActor('editor');
});

describe('editorial workflow', () => {
	it('goes draft → review → published when a different editor approves', async () => {
		const { slug } = await createArticle(writer, {
			input: buildArticleInput({ title: 'Leefklimaat in een klein huis' })
		});
		expect(slug).toBe('leefklimaat-in-een-klein-huis');
		expect(await publishedOf(slug)).toEqual([]);
		await submitArticle(writer, { slug });
		expect((await articleRow(slug)).status).toBe('review');
		const result = await approveArticle(reviewer, { slug });
		expect(result).toEqual({ slug, publishedRevision: 1, override: false });
		const row = await articleRow(slug);
		expect(row).toMatchObject({ status: 'published', publishedRevision: 1 });
		const documents = await publishedOf(slug);
		expect(documents).toHaveLength(1);
		expect(documents[0]).toMatchObject({
			slug,
			title: 'Leefklimaat in een klein huis',
			theme: 'thema-1',
			knowledge: ['praktijk']
		});
		// Plain text for search: no Markdown marks left.
		expect(documents[0]!.body).toContain('In een klein huis wonen hooguit zes jongeren.');
		expect(documents[0]!.body).not.toMatch(/[#*]/);
	});

	it('refuses the author and the submitter as approver (four-eyes)', async () => {
		const { slug } = await createArticle(writer, { input: buildArticleInput() });
		await submitArticle(writer, { slug });
		expect(await errorCodeOf(approveArticle(writer, { slug }))).toBe('forbidden');
		// A second editor who only changed a word also wrote part of the unpublished work.
		await updateArticle(reviewer, { slug, input: buildArticleInput({ title: 'Een andere titel' }) });
		await submitArticle(writer, { slug });
		expect(await errorCodeOf(approveArticle(reviewer, { slug }))).toBe('forbidden');
		expect(await errorCodeOf(approveArticle(writer, { slug }))).toBe('forbidden');
		const third = await buildActor('editor');
		await approveArticle(third, { slug });
		expect((await articleRow(slug)).publishedRevision).toBe(2);
	});

	it('lets an admin override four-eyes only with a reason, and records the override', async () => {
		const admin = await buildActor('admin');
		const { slug } = await createArticle(admin, { input: buildArticleInput() });
		expect(await errorCodeOf(approveArticle(admin, { slug }))).toBe('conflict');
		await submitArticle(admin, { slug });
		expect(await errorCodeOf(approveArticle(admin, { slug }))).toBe('forbidden');
		expect(await errorCodeOf(approveArticle(admin, { slug, override: true, note: '' }))).toBe(
			'invalid-input'
		);
		const result = await approveArticle(admin, { slug, override: true, note: 'Spoed: nieuwe wet' });
		expect(result.override).toBe(true);
		const override = (await eventsOf(slug)).find((event) => event.action === 'override');
		expect(override).toMatchObject({ actorId: admin.id, note: 'Spoed: nieuwe wet', revision: 1 });
	});

	it('keeps the published revision visible while a new draft waits, and publishes it after review', async () => {
		const { slug } = await createArticle(writer, { input: buildArticleInput({ title: 'Eerste titel' }) });
		await submitArticle(writer, { slug });
		await approveArticle(reviewer, { slug });
		const saved = await updateArticle(writer, { slug, input: buildArticleInput({ title: 'Tweede titel' }) });
		expect(saved).toEqual({ slug, revision: 2, changed: true });
		expect((await articleRow(slug)).status).toBe('draft');
		expect((await publishedOf(slug)).map((d) => d.title)).toEqual(['Eerste titel']);
		await submitArticle(writer, { slug });
		await returnToDraft(reviewer, { slug });
		expect((await articleRow(slug)).status).toBe('draft');
		await submitArticle(writer, { slug });
		await approveArticle(reviewer, { slug });
		expect((await publishedOf(slug)).map((d) => d.title)).toEqual(['Tweede titel']);
	});

	it('makes a revision per save, none for an unchanged save, and restores an old one as a new revision', async () => {
		const first = buildArticleInput({ title: 'Versie een' });
		const { slug } = await createArticle(writer, { input: first });
		await updateArticle(writer, { slug, input: { ...first, title: 'Versie twee' } });
		const unchanged = await updateArticle(writer, { slug, input: { ...first, title: 'Versie twee' } });
		expect(unchanged).toEqual({ slug, revision: 2, changed: false });
		const restored = await restoreRevision(reviewer, { slug, revision: 1 });
		expect(restored).toEqual({ slug, revision: 3, changed: true });
		const revisions = await getDb()
			.select()
			.from(schema.kennisRevision)
			.where(eq(schema.kennisRevision.articleId, (await articleRow(slug)).id));
		expect(revisions.map((r) => [r.number, r.kind, r.content.title])).toEqual(
			expect.arrayContaining([
				[1, 'saved', 'Versie een'],
				[2, 'saved', 'Versie twee'],
				[3, 'restored', 'Versie een']
			])
		);
		expect(revisions.find((r) => r.number === 3)!.restoredFrom).toBe(1);
	});

	it('refuses a save made against an older revision', async () => {
		const { slug } = await createArticle(writer, { input: buildArticleInput() });
		await updateArticle(writer, { slug, input: buildArticleInput({ title: 'Nieuw' }), expectedRevision: 1 });
		const stale = updateArticle(reviewer, {
			slug,
			input: buildArticleInput({ title: 'Ander' }),
			expectedRevision: 1
		});
		expect(await errorCodeOf(stale)).toBe('conflict');
	});

	it('archives: readers no longer see it; out of the archive it needs approval again', async () => {
		const { slug } = await createArticle(writer, { input: buildArticleInput() });
		await submitArticle(writer, { slug });
		await approveArticle(reviewer, { slug });
		await archiveArticle(reviewer, { slug });
		expect(await publishedOf(slug)).toEqual([]);
		await unarchiveArticle(reviewer, { slug });
		expect(await publishedOf(slug)).toEqual([]);
		expect((await articleRow(slug)).status).toBe('draft');
	});

	it('validates content with Dutch messages that name the field and stores nothing', async () => {
		try {
			await createArticle(writer, { input: { title: 'x', summary: '', theme: 'Geen Slug!' } });
			expect.unreachable();
		} catch (error) {
			expect(isAppError(error) && error.code).toBe('invalid-input');
			const paths = isAppError(error) ? error.fieldErrors.map((f) => f.path) : [];
			expect(paths).toEqual(expect.arrayContaining(['title', 'summary', 'theme']));
		}
		const input = buildArticleInput({ theme: 'bestaat-niet', title: 'Onbekend thema' });
		expect(await errorCodeOf(createArticle(writer, { input }))).toBe('invalid-input');
		const stored = await getDb()
			.select()
			.from(schema.kennisArticle)
			.where(eq(schema.kennisArticle.slug, 'onbekend-thema'));
		expect(stored).toEqual([]);
	});
});

describe('authorisation', () => {
	it('refuses anonymous callers and non-editors on every write', async () => {
		const { slug } = await createArticle(writer, { input: buildArticleInput() });
		const outsiders: (Actor | null)[] = [
			null,
			await buildActor('user'),
			await buildActor('coordinator'),
			await buildActor('researcher')
		];
		for (const actor of outsiders) {
			const expected = actor ? 'forbidden' : 'unauthenticated';
			expect(await errorCodeOf(createArticle(actor, { input: buildArticleInput() }))).toBe(expected);
			expect(await errorCodeOf(updateArticle(actor, { slug, input: buildArticleInput() }))).toBe(expected);
			expect(await errorCodeOf(submitArticle(actor, { slug }))).toBe(expected);
			expect(await errorCodeOf(approveArticle(actor, { slug }))).toBe(expected);
			expect(await errorCodeOf(returnToDraft(actor, { slug }))).toBe(expected);
			expect(await errorCodeOf(archiveArticle(actor, { slug }))).toBe(expected);
			expect(await errorCodeOf(unarchiveArticle(actor, { slug }))).toBe(expected);
			expect(await errorCodeOf(restoreRevision(actor, { slug, revision: 1 }))).toBe(expected);
		}
		expect((await articleRow(slug)).latestRevision).toBe(1);
	});
});
