import { apiHandler } from '$lib/server/api/api-handler';
import { suggestArticles } from '$lib/server/kennis/search/suggest-articles';

export const GET = apiHandler(({ event }) => suggestArticles(Object.fromEntries(event.url.searchParams)));
