import { asc } from 'drizzle-orm';
import { getDb, schema } from '../db/index.ts';
import { selectPublished } from './published-articles.ts';

/** A theme with the number of articles readers can see in it. */
export interface ThemeSummary {
	slug: string;
	title: string;
	intro: string;
	articleCount: number;
}

/** All themes in their order, with counts of published articles (public). */
export async function listThemes(): Promise<ThemeSummary[]> {
	const [themes, published] = await Promise.all([
		getDb()
			.select()
			.from(schema.kennisTheme)
			.orderBy(asc(schema.kennisTheme.position), asc(schema.kennisTheme.title)),
		selectPublished()
	]);
	const counts = new Map<string, number>();
	for (const article of published) counts.set(article.themeSlug, (counts.get(article.themeSlug) ?? 0) + 1);
	return themes.map((theme) => ({
		slug: theme.slug,
		title: theme.title,
		intro: theme.intro,
		articleCount: counts.get(theme.slug) ?? 0
	}));
}
