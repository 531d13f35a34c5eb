import { asc, desc, eq } from 'drizzle-orm';
import type { ArticleContent, ArticleStatus } from '../../kennis/article-content.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { findArticle, findRevision } from './article-store.ts';
import { hasWorkedOn } from './four-eyes.ts';
import { requireEditor } from './kennis-access.ts';

/** An article as the editor page shows it: latest content, state, log and what the actor may do. */
export interface EditorArticle {
	slug: string;
	status: ArticleStatus;
	latestRevision: number;
	publishedRevision: number | null;
	content: ArticleContent;
	bodyHtml: string;
	themes: { slug: string; title: string }[];
	events: { action: string; revision: number; actorName: string | null; note: string | null; at: string }[];
	/** The actor wrote or submitted unpublished work: only an admin override can publish it. */
	isOwnWork: boolean;
	isAdmin: boolean;
}

/** The editor view of one article; editors and admins only. */
export async function getEditorArticle(
	actor: Actor | null | undefined,
	options: { slug: string }
): Promise<EditorArticle> {
	const editor = requireEditor(actor);
	const article = await findArticle(options.slug);
	const db = getDb();
	const [latest, themes, events, isOwnWork] = await Promise.all([
		findRevision(article.id, article.latestRevision),
		db
			.select({ slug: schema.kennisTheme.slug, title: schema.kennisTheme.title })
			.from(schema.kennisTheme)
			.orderBy(asc(schema.kennisTheme.position), asc(schema.kennisTheme.title)),
		db
			.select()
			.from(schema.kennisEvent)
			.where(eq(schema.kennisEvent.articleId, article.id))
			.orderBy(desc(schema.kennisEvent.createdAt))
			.limit(50),
		hasWorkedOn(editor, article)
	]);
	return {
		slug: article.slug,
		status: article.status as ArticleStatus,
		latestRevision: article.latestRevision,
		publishedRevision: article.publishedRevision,
		content: latest.content,
		bodyHtml: latest.bodyHtml,
		themes,
		events: events.map((e) => ({
			action: e.action,
			revision: e.revision,
			actorName: e.actorName,
			note: e.note,
			at: e.createdAt.toISOString()
		})),
		isOwnWork,
		isAdmin: editor.role === 'admin'
	};
}

/** The themes an editor can choose from, in their order (editors and admins only). */
export async function listThemeOptions(
	actor: Actor | null | undefined
): Promise<{ slug: string; title: string }[]> {
	requireEditor(actor);
	return getDb()
		.select({ slug: schema.kennisTheme.slug, title: schema.kennisTheme.title })
		.from(schema.kennisTheme)
		.orderBy(asc(schema.kennisTheme.position), asc(schema.kennisTheme.title));
}
