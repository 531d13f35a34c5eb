import { apiHandler } from '$lib/server/api/api-handler';
import { listPublishedArticles } from '$lib/server/kennis/list-published-articles';

export const GET = apiHandler(async ({ event }) => ({
	articles: await listPublishedArticles(Object.fromEntries(event.url.searchParams))
}));
