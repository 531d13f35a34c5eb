import { z } from 'zod';
import { audiences } from '../../kennis/article-content.ts';
import { m } from '../../i18n/nl.ts';
import { parseInput } from '../validation.ts';
import { articleCardOf, type ArticleCard } from './article-card.ts';
import { selectPublished } from './published-articles.ts';

/** Filters of the published list (pages, API query string): all optional. */
export const publishedListSchema = z.object({
	audience: z.enum(audiences, { error: m.kennis.errors.audience }).optional(),
	theme: z
		.string({ error: m.kennis.fields.theme })
		.trim()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, m.kennis.fields.theme)
		.optional(),
	limit: z.coerce
		.number({ error: m.kennis.errors.limit })
		.int(m.kennis.errors.limit)
		.min(1, m.kennis.errors.limit)
		.max(500, m.kennis.errors.limit)
		.optional()
});

/** Published articles, newest first, optionally for one audience or theme and at most `limit` (public). */
export async function listPublishedArticles(options: unknown = {}): Promise<ArticleCard[]> {
	const filters = parseInput(publishedListSchema, options);
	const all = await selectPublished();
	const matching = all.filter(
		(article) =>
			(!filters.audience || (article.content.audiences as readonly string[]).includes(filters.audience)) &&
			(!filters.theme || article.themeSlug === filters.theme)
	);
	return matching.slice(0, filters.limit ?? matching.length).map(articleCardOf);
}
