import { eq } from 'drizzle-orm';
import type { Audience } from '../../kennis/article-content.ts';
import { m } from '../../i18n/nl.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { selectPublished } from './published-articles.ts';
import { articleCardOf, type ArticleCard } from './article-card.ts';

/** A theme with its introduction and the published articles in it (optionally for one audience). */
export interface ThemePage {
	slug: string;
	title: string;
	intro: string;
	articles: ArticleCard[];
	/** How many articles the theme has without the audience filter. */
	totalCount: number;
}

/** The public page of one theme; AppError('not-found') for an unknown slug. */
export async function getThemePage(options: { slug: string; audience?: Audience }): Promise<ThemePage> {
	const [theme] = await getDb()
		.select()
		.from(schema.kennisTheme)
		.where(eq(schema.kennisTheme.slug, options.slug));
	if (!theme) throw new AppError('not-found', m.kennis.errors.themeNotFound);
	const r = schema.kennisRevision;
	const all = await selectPublished(eq(r.themeId, theme.id));
	const articles = options.audience
		? all.filter((article) => (article.content.audiences as readonly string[]).includes(options.audience!))
		: all;
	// Readers expect a theme's articles in a stable, alphabetical order, not by publication time.
	articles.sort((a, b) => a.content.title.localeCompare(b.content.title, 'nl'));
	return {
		slug: theme.slug,
		title: theme.title,
		intro: theme.intro,
		articles: articles.map(articleCardOf),
		totalCount: all.length
	};
}
