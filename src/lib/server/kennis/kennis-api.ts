import { z } from 'zod';
import { articleContentSchema, audiences, knowledgeKinds } from '../../kennis/article-content.ts';
import type { ApiModule } from '../api/openapi.ts';
import { publishedListSchema } from './list-published-articles.ts';

const cardSchema = z
	.object({
		slug: z.string(),
		title: z.string(),
		summary: z.string(),
		themeSlug: z.string(),
		themeTitle: z.string(),
		knowledge: z.array(z.enum(knowledgeKinds)),
		audiences: z.array(z.enum(audiences)),
		publishedAt: z.string().describe('ISO moment of the last publication')
	})
	.meta({ id: 'ArticleCard' });

const articleSchema = z
	.object({
		slug: z.string(),
		revision: z.number().int(),
		content: articleContentSchema,
		bodyHtml: z.string().describe('The body rendered from Markdown and sanitised'),
		themeSlug: z.string(),
		themeTitle: z.string(),
		firstPublishedAt: z.string(),
		publishedAt: z.string(),
		related: z
			.array(z.object({ slug: z.string(), title: z.string() }))
			.describe('Lees ook: published articles only')
	})
	.meta({ id: 'PublishedArticle' });

/** The kennisdossier's reading part of the API description (search is described by kennis-search). */
export const kennisApi: ApiModule = {
	name: 'kennis',
	description: 'Kennisdossier: published articles (reading; no login needed)',
	operations: [
		{
			method: 'get',
			path: '/api/v1/articles',
			operationId: 'listArticles',
			summary: 'Published articles, newest first, optionally for one audience or theme',
			parameters: [
				{
					name: 'audience',
					in: 'query',
					description: 'professionals, beleidsmakers or jongeren-en-ouders',
					schema: publishedListSchema.shape.audience
				},
				{ name: 'theme', in: 'query', description: 'A theme slug', schema: publishedListSchema.shape.theme },
				{
					name: 'limit',
					in: 'query',
					description: 'At most this many (1–500)',
					schema: publishedListSchema.shape.limit
				}
			],
			response: { description: 'The articles', schema: z.object({ articles: z.array(cardSchema) }) }
		},
		{
			method: 'get',
			path: '/api/v1/articles/{slug}',
			operationId: 'getArticle',
			summary: 'The published version of one article',
			parameters: [
				{ name: 'slug', in: 'path', required: true, description: 'The article slug', schema: z.string() }
			],
			response: { description: 'The article', schema: articleSchema },
			problems: [404]
		}
	]
};
