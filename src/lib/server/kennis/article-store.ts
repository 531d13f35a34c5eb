import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { articleContentSchema, type ArticleContent } from '../../kennis/article-content.ts';
import { renderMarkdown } from '../../kennis/render-markdown.ts';
import { format, m } from '../../i18n/nl.ts';
import { getDb, schema, type Database } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';

// Shared steps of the kennis use cases: find an article, store a revision, log an event.

/** The transaction type of the one Drizzle client. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
type Executor = Database | Transaction;

export type ArticleRow = typeof schema.kennisArticle.$inferSelect;
export type RevisionRow = typeof schema.kennisRevision.$inferSelect;

/** Who did something, as stored in revisions and the log. */
export interface Author {
	id: string | null;
	name: string | null;
}

/** Validates article content (form, import or API input); AppError('invalid-input') with Dutch messages. */
export function parseArticleContent(input: unknown): ArticleContent {
	return parseInput(articleContentSchema, input);
}

/** The article with this slug, or AppError('not-found'). */
export async function findArticle(slug: string, db: Executor = getDb()): Promise<ArticleRow> {
	const [row] = await db.select().from(schema.kennisArticle).where(eq(schema.kennisArticle.slug, slug));
	if (!row) throw new AppError('not-found', m.kennis.errors.notFound);
	return row;
}

/** One revision of an article, or AppError('not-found'). */
export async function findRevision(
	articleId: string,
	number: number,
	db: Executor = getDb()
): Promise<RevisionRow> {
	const [row] = await db
		.select()
		.from(schema.kennisRevision)
		.where(and(eq(schema.kennisRevision.articleId, articleId), eq(schema.kennisRevision.number, number)));
	if (!row) throw new AppError('not-found', m.kennis.errors.revisionNotFound);
	return row;
}

/** The id of the theme with this slug, or AppError('invalid-input') naming the theme field. */
export async function themeIdOf(slug: string, db: Executor = getDb()): Promise<string> {
	const [row] = await db
		.select({ id: schema.kennisTheme.id })
		.from(schema.kennisTheme)
		.where(eq(schema.kennisTheme.slug, slug));
	if (!row) {
		const message = format(m.kennis.errors.unknownTheme, { theme: slug });
		throw new AppError('invalid-input', message, [{ path: 'theme', message }]);
	}
	return row.id;
}

/** Stores a revision (content, sanitised HTML, author) as number `number` of the article. */
export async function insertRevision(
	tx: Executor,
	options: {
		articleId: string;
		number: number;
		kind: 'saved' | 'imported' | 'restored';
		themeId: string;
		content: ArticleContent;
		author: Author;
		restoredFrom?: number;
		now?: Date;
	}
): Promise<RevisionRow> {
	const [row] = await tx
		.insert(schema.kennisRevision)
		.values({
			id: randomUUID(),
			articleId: options.articleId,
			number: options.number,
			kind: options.kind,
			themeId: options.themeId,
			content: options.content,
			bodyHtml: renderMarkdown(options.content.body),
			reviewBy: options.content.reviewBy ?? null,
			authorId: options.author.id,
			authorName: options.author.name,
			restoredFrom: options.restoredFrom ?? null,
			...(options.now ? { createdAt: options.now } : {})
		})
		.returning();
	return row!;
}

/**
 * Stores changed content as the next revision of an article and logs it, in one transaction. The
 * article goes back to draft (an archived one stays archived): a version nobody reviewed must not
 * stay in review. Returns the new revision number; AppError('conflict') when someone saved meanwhile.
 */
export async function appendRevision(
	article: ArticleRow,
	revision: {
		kind: 'saved' | 'restored';
		themeId: string;
		content: ArticleContent;
		author: Author;
		restoredFrom?: number;
	}
): Promise<number> {
	const number = article.latestRevision + 1;
	await getDb().transaction(async (tx) => {
		// The guard on latestRevision makes two simultaneous saves fail instead of both writing.
		const updated = await tx
			.update(schema.kennisArticle)
			.set({
				latestRevision: number,
				status: article.status === 'archived' ? 'archived' : 'draft',
				submittedById: null,
				updatedAt: new Date()
			})
			.where(
				and(
					eq(schema.kennisArticle.id, article.id),
					eq(schema.kennisArticle.latestRevision, article.latestRevision)
				)
			)
			.returning({ id: schema.kennisArticle.id });
		if (updated.length === 0) throw new AppError('conflict', m.kennis.errors.staleRevision);
		await insertRevision(tx, { articleId: article.id, number, ...revision });
		await logEvent(tx, {
			articleId: article.id,
			revision: number,
			action: revision.kind,
			author: revision.author,
			// A restore names the revision it came from.
			note: revision.restoredFrom === undefined ? null : String(revision.restoredFrom)
		});
	});
	return number;
}

/** Appends one line to the editorial log of an article. */
export async function logEvent(
	tx: Executor,
	options: { articleId: string; revision: number; action: string; author: Author; note?: string | null }
): Promise<void> {
	await tx.insert(schema.kennisEvent).values({
		id: randomUUID(),
		articleId: options.articleId,
		revision: options.revision,
		action: options.action,
		actorId: options.author.id,
		actorName: options.author.name,
		note: options.note ?? null
	});
}
