import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ArticleContent } from '../../../kennis/article-content.ts';
import { user } from './auth.ts';

// Tables of the kennis module (kennisdossier). See docs/decisions/0010-kennisdossier-editorial.md.

/** Themes of the dossier, shown in `position` order, each with an introduction. */
export const kennisTheme = pgTable('kennis_theme', {
	id: text().primaryKey(),
	slug: text().notNull().unique(),
	title: text().notNull(),
	intro: text().notNull().default(''),
	position: integer().notNull().default(0),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/**
 * One article and its editorial state. The content lives in revisions: `latestRevision` is what
 * editors work on, `publishedRevision` what readers see (it stays visible while a newer draft is
 * under review; null until first published and again after archiving).
 */
export const kennisArticle = pgTable(
	'kennis_article',
	{
		id: text().primaryKey(),
		slug: text().notNull().unique(),
		/** draft | review | published | archived: the state of the latest revision. */
		status: text().notNull().default('draft'),
		latestRevision: integer().notNull().default(1),
		publishedRevision: integer(),
		/** Who sent the latest revision to review (four-eyes: someone else must approve). */
		submittedById: text().references(() => user.id, { onDelete: 'set null' }),
		firstPublishedAt: timestamp({ withTimezone: true }),
		publishedAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('kennis_article_status_idx').on(t.status)]
);

/** Every saved version of an article: the full content, its sanitised HTML, who saved it. */
export const kennisRevision = pgTable(
	'kennis_revision',
	{
		id: text().primaryKey(),
		articleId: text()
			.notNull()
			.references(() => kennisArticle.id, { onDelete: 'cascade' }),
		number: integer().notNull(),
		/** saved | imported | restored */
		kind: text().notNull(),
		themeId: text()
			.notNull()
			.references(() => kennisTheme.id),
		content: jsonb().$type<ArticleContent>().notNull(),
		bodyHtml: text().notNull(),
		/** Review date copied out of the content so the review page can filter on it. */
		reviewBy: text(),
		/** The user who saved it; null for the system (import, CLI) or a deleted account. */
		authorId: text().references(() => user.id, { onDelete: 'set null' }),
		authorName: text(),
		restoredFrom: integer(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('kennis_revision_article_number_idx').on(t.articleId, t.number),
		index('kennis_revision_theme_idx').on(t.themeId)
	]
);

/**
 * The editorial log: submitted, approved, published (with `override` when an admin skipped the
 * four-eyes rule), returned, archived, restored. Kept so an override can always be traced.
 */
export const kennisEvent = pgTable(
	'kennis_event',
	{
		id: text().primaryKey(),
		articleId: text()
			.notNull()
			.references(() => kennisArticle.id, { onDelete: 'cascade' }),
		revision: integer().notNull(),
		action: text().notNull(),
		actorId: text().references(() => user.id, { onDelete: 'set null' }),
		actorName: text(),
		note: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('kennis_event_article_idx').on(t.articleId, t.createdAt)]
);
