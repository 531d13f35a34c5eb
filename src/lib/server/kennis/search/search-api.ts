import { z } from 'zod';
import type { ApiModule } from '../../api/openapi.ts';
import { searchQuerySchema } from './search-query.ts';

/** Contract 3's answer, for the API description (searchArticles builds exactly this). */
export const searchResultsSchema = z
	.object({
		total: z.number().int().meta({ description: 'Number of matching published articles' }),
		results: z.array(
			z.object({
				slug: z.string(),
				title: z.string(),
				theme: z.string().meta({ description: 'Theme slug' }),
				snippet: z.string().meta({
					description: 'Plain text, HTML-escaped, with the matched words wrapped in <mark>…</mark>'
				}),
				score: z.number()
			})
		)
	})
	.meta({ id: 'SearchResults' });

/** The suggestions while typing (suggestArticles builds exactly this). */
export const suggestionsSchema = z
	.object({
		suggestions: z.array(
			z.object({ slug: z.string(), title: z.string(), theme: z.string(), themeTitle: z.string() })
		)
	})
	.meta({ id: 'SearchSuggestions' });

const shape = searchQuerySchema.shape;

/** The kennisdossier search's part of the API description. */
export const searchApi: ApiModule = {
	name: 'kennis',
	description: 'Kennisdossier search (contract 3): Dutch stemming, compounds, accents, typos and prefixes',
	operations: [
		{
			method: 'get',
			path: '/api/v1/search',
			operationId: 'searchArticles',
			summary: 'Search the published articles of the kennisdossier, best first (no login needed)',
			parameters: [
				{
					name: 'q',
					in: 'query',
					required: true,
					description: 'Search text (1–200 characters)',
					schema: z.string()
				},
				{
					name: 'limit',
					in: 'query',
					description: 'Results to return, 1–100 (default 10)',
					schema: z.number().int()
				},
				{ name: 'theme', in: 'query', description: 'Only this theme (slug)', schema: z.string() },
				{
					name: 'knowledge',
					in: 'query',
					description: 'Only this kind of knowledge',
					schema: shape.knowledge
				},
				{
					name: 'audience',
					in: 'query',
					description: 'Only articles for this audience',
					schema: shape.audience
				}
			],
			response: { description: 'Matching published articles, best first', schema: searchResultsSchema },
			problems: [400]
		},
		{
			method: 'get',
			path: '/api/v1/search/suggestions',
			operationId: 'suggestArticles',
			summary: 'Titles of the best-matching articles for what has been typed so far (search page)',
			parameters: [
				{
					name: 'q',
					in: 'query',
					description: 'Text typed so far; under 2 characters gives none',
					schema: z.string()
				}
			],
			response: { description: 'Up to six suggestions', schema: suggestionsSchema }
		}
	]
};
