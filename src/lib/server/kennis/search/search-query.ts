import { z } from 'zod';
import { audiences, knowledgeKinds } from '../../../kennis/article-content.ts';
import { m } from '../../../i18n/nl.ts';

const e = m.kennis.search.invalid;

// Query strings: "" means "not given", like an untouched field in the search form.
const blank = (value: unknown) => (value === '' || value === null ? undefined : value);

/** The query of contract 3 (GET /api/v1/search, the CLI and the search page share it). */
export const searchQuerySchema = z.object({
	q: z.string(e.q).trim().min(1, e.q).max(200, e.q).meta({ description: 'Search text (Dutch)' }),
	limit: z.preprocess(
		blank,
		z.coerce.number(e.limit).int(e.limit).min(1, e.limit).max(100, e.limit).default(10)
	),
	theme: z.preprocess(
		blank,
		z
			.string(e.theme)
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, e.theme)
			.max(120, e.theme)
			.optional()
			.meta({ description: 'Theme slug' })
	),
	knowledge: z.preprocess(blank, z.enum(knowledgeKinds, e.knowledge).optional()),
	audience: z.preprocess(blank, z.enum(audiences, e.audience).optional())
});

export type SearchQuery = z.output<typeof searchQuerySchema>;

/** The search page's query: contract 3's plus a page number (q may be empty: the start page). */
export const searchPageQuerySchema = searchQuerySchema.extend({
	q: z.preprocess((value) => value ?? '', z.string(e.q).trim().max(200, e.q)),
	page: z.preprocess(blank, z.coerce.number(e.page).int(e.page).min(1, e.page).max(10_000, e.page).default(1))
});

export type SearchPageQuery = z.output<typeof searchPageQuerySchema>;
