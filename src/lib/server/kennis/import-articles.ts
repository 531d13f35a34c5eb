import { randomUUID } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { eq, max } from 'drizzle-orm';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
	articleContentSchema,
	isSameContent,
	slugify,
	slugSchema,
	type ArticleContent
} from '../../kennis/article-content.ts';
import { parseArticleFile } from '../../kennis/parse-article-file.ts';
import { format, m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { fieldErrorsOf } from '../validation.ts';
import { findRevision, insertRevision, logEvent, type Author } from './article-store.ts';
import { authorOf, requireEditor } from './kennis-access.ts';
import { invalidateSearchIndex } from './search/invalidate-search-index.ts';

const t = m.kennis.import;

/** What an import did, per article slug, and which files it could not read (with the reason). */
export interface ImportResult {
	created: string[];
	updated: string[];
	unchanged: string[];
	published: string[];
	themesCreated: string[];
	invalid: { file: string; reason: string }[];
}

const themeEntrySchema = z.object({
	slug: slugSchema,
	title: z.string().trim().min(1).max(200),
	intro: z.string().trim().max(5000).optional()
});

/**
 * Imports every `*.md` below `dir` (contracts.md, section 3): creates or updates articles by slug,
 * a new revision only when the content changed; with `publish` the imported revision is published
 * (the import is the editorial act, done by an editor or admin, recorded in the log). A
 * `themes.yml` in `dir` gives themes their titles, introductions and order; an unknown theme is
 * created. Invalid files are listed with the reason; the valid ones are imported.
 */
export async function importArticles(
	actor: Actor | null | undefined,
	options: { dir: string; publish?: boolean; now?: Date }
): Promise<ImportResult> {
	const editor = requireEditor(actor);
	const isDirectory = await stat(options.dir).then(
		(s) => s.isDirectory(),
		() => false
	);
	if (!isDirectory) {
		const message = format(t.notDirectory, { dir: options.dir });
		throw new AppError('invalid-input', message, [{ path: 'dir', message }]);
	}
	const author = await authorOf(editor);
	const result: ImportResult = {
		created: [],
		updated: [],
		unchanged: [],
		published: [],
		themesCreated: [],
		invalid: []
	};
	const themeIds = await importThemes(options.dir, result);

	const seen = new Map<string, string>();
	for (const path of await findMarkdownFiles(options.dir)) {
		const file = relative(options.dir, path).split(sep).join('/');
		const parsed = await readArticle(path);
		if (!parsed.ok) {
			result.invalid.push({ file, reason: parsed.reason });
			continue;
		}
		const { slug, content } = parsed;
		const earlier = seen.get(slug);
		if (earlier) {
			result.invalid.push({ file, reason: format(t.duplicateSlug, { slug, file: earlier }) });
			continue;
		}
		seen.set(slug, file);
		const themeId = themeIds.get(content.theme) ?? (await createTheme(content.theme, themeIds, result));
		await importOne({
			slug,
			content,
			themeId,
			author,
			publish: options.publish ?? false,
			now: options.now ?? new Date(),
			result
		});
	}
	if (result.published.length > 0) invalidateSearchIndex();
	return result;
}

// Reads and validates one file; a Dutch reason instead of an exception so the import goes on.
async function readArticle(
	path: string
): Promise<{ ok: true; slug: string; content: ArticleContent } | { ok: false; reason: string }> {
	const parsed = parseArticleFile(await readFile(path, 'utf8'));
	if (!parsed.ok) return parsed;
	const { slug: rawSlug, ...front } = parsed.file.frontMatter;
	const checked = articleContentSchema.safeParse({ ...front, body: parsed.file.body });
	if (!checked.success) {
		const reason = fieldErrorsOf(checked.error)
			.map((error) => format(t.invalidField, { path: error.path || 'voorwerk', message: error.message }))
			.join('; ');
		return { ok: false, reason };
	}
	const slug = slugSchema.safeParse(rawSlug ?? slugify(checked.data.title));
	if (!slug.success) return { ok: false, reason: m.kennis.fields.slug.invalid };
	return { ok: true, slug: slug.data, content: checked.data };
}

async function findMarkdownFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

// Themes from themes.yml get the file's title, intro and order; the file's order wins over earlier ones.
async function importThemes(dir: string, result: ImportResult): Promise<Map<string, string>> {
	const db = getDb();
	const ids = new Map<string, string>();
	for (const theme of await db.select().from(schema.kennisTheme)) ids.set(theme.slug, theme.id);
	const text = await readFile(join(dir, 'themes.yml'), 'utf8').catch(() => null);
	if (text === null) return ids;
	let list: unknown;
	try {
		list = parseYaml(text);
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
		result.invalid.push({ file: 'themes.yml', reason: format(t.themesFile, { reason }) });
		return ids;
	}
	if (!Array.isArray(list)) {
		result.invalid.push({ file: 'themes.yml', reason: format(t.themesFile, { reason: 'geen lijst' }) });
		return ids;
	}
	for (const [index, entry] of list.entries()) {
		const theme = themeEntrySchema.safeParse(entry);
		if (!theme.success) {
			result.invalid.push({ file: 'themes.yml', reason: format(t.themesEntry, { index: index + 1 }) });
			continue;
		}
		const values = { title: theme.data.title, intro: theme.data.intro ?? '', position: index + 1 };
		const id = ids.get(theme.data.slug);
		if (id) {
			await db.update(schema.kennisTheme).set(values).where(eq(schema.kennisTheme.id, id));
		} else {
			const newId = randomUUID();
			await db.insert(schema.kennisTheme).values({ id: newId, slug: theme.data.slug, ...values });
			ids.set(theme.data.slug, newId);
			result.themesCreated.push(theme.data.slug);
		}
	}
	return ids;
}

// A theme only named by an article: a readable title from its slug, placed after the others.
async function createTheme(slug: string, ids: Map<string, string>, result: ImportResult): Promise<string> {
	const db = getDb();
	const [last] = await db.select({ position: max(schema.kennisTheme.position) }).from(schema.kennisTheme);
	const words = slug.replace(/-/g, ' ');
	const id = randomUUID();
	await db.insert(schema.kennisTheme).values({
		id,
		slug,
		title: words.charAt(0).toUpperCase() + words.slice(1),
		position: (last?.position ?? 0) + 1
	});
	ids.set(slug, id);
	result.themesCreated.push(slug);
	return id;
}

async function importOne(options: {
	slug: string;
	content: ArticleContent;
	themeId: string;
	author: Author;
	publish: boolean;
	now: Date;
	result: ImportResult;
}): Promise<void> {
	const { slug, content, themeId, author, publish, now, result } = options;
	const db = getDb();
	const [article] = await db.select().from(schema.kennisArticle).where(eq(schema.kennisArticle.slug, slug));
	const action = publish ? 'imported-published' : 'imported';
	const published = publish ? { status: 'published', submittedById: null, publishedAt: now } : {};

	if (!article) {
		const id = randomUUID();
		await db.transaction(async (tx) => {
			await tx.insert(schema.kennisArticle).values({
				id,
				slug,
				status: 'draft',
				latestRevision: 1,
				...(publish ? { ...published, publishedRevision: 1, firstPublishedAt: now } : {}),
				createdAt: now,
				updatedAt: now
			});
			await insertRevision(tx, { articleId: id, number: 1, kind: 'imported', themeId, content, author, now });
			await logEvent(tx, { articleId: id, revision: 1, action, author });
		});
		result.created.push(slug);
		if (publish) result.published.push(slug);
		return;
	}

	const latest = await findRevision(article.id, article.latestRevision);
	const isSame = isSameContent(latest.content, content) && latest.themeId === themeId;
	const isLatestPublished =
		article.publishedRevision === article.latestRevision && article.status === 'published';
	if (isSame && (!publish || isLatestPublished)) {
		result.unchanged.push(slug);
		return;
	}
	const number = isSame ? article.latestRevision : article.latestRevision + 1;
	await db.transaction(async (tx) => {
		await tx
			.update(schema.kennisArticle)
			.set({
				latestRevision: number,
				status: publish ? 'published' : article.status === 'archived' ? 'archived' : 'draft',
				submittedById: null,
				...(publish
					? { ...published, publishedRevision: number, firstPublishedAt: article.firstPublishedAt ?? now }
					: {}),
				updatedAt: now
			})
			.where(eq(schema.kennisArticle.id, article.id));
		if (!isSame) {
			await insertRevision(tx, {
				articleId: article.id,
				number,
				kind: 'imported',
				themeId,
				content,
				author,
				now
			});
		}
		await logEvent(tx, { articleId: article.id, revision: number, action, author });
	});
	(isSame ? result.unchanged : result.updated).push(slug);
	if (publish) result.published.push(slug);
}
