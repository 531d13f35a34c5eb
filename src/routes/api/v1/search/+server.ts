import { apiHandler } from '$lib/server/api/api-handler';
import { searchArticles } from '$lib/server/kennis/search/search-articles';

export const GET = apiHandler(({ event }) => searchArticles(Object.fromEntries(event.url.searchParams)));
