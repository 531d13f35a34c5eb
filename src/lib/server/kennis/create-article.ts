import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { slugify, slugSchema } from '../../kennis/article-content.ts';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { insertRevision, logEvent, parseArticleContent, themeIdOf } from './article-store.ts';
import { authorOf, requireEditor } from './kennis-access.ts';

/** Creates a new article as a draft with revision 1; editors and admins only. */
export async function createArticle(
	actor: Actor | null | undefined,
	options: { slug?: string | null; input: unknown }
): Promise<{ slug: string; revision: number }> {
	const editor = requireEditor(actor);
	const content = parseArticleContent(options.input);
	const wanted = options.slug?.trim() ? options.slug : slugify(content.title);
	const slug = parseInput(slugSchema, wanted);
	const db = getDb();
	const [taken] = await db
		.select({ id: schema.kennisArticle.id })
		.from(schema.kennisArticle)
		.where(eq(schema.kennisArticle.slug, slug));
	if (taken)
		throw new AppError('conflict', m.kennis.errors.slugTaken, [
			{ path: 'slug', message: m.kennis.errors.slugTaken }
		]);
	const themeId = await themeIdOf(content.theme);
	const author = await authorOf(editor);
	const id = randomUUID();
	await db.transaction(async (tx) => {
		await tx.insert(schema.kennisArticle).values({ id, slug, status: 'draft', latestRevision: 1 });
		await insertRevision(tx, { articleId: id, number: 1, kind: 'saved', themeId, content, author });
		await logEvent(tx, { articleId: id, revision: 1, action: 'created', author });
	});
	return { slug, revision: 1 };
}
