import { apiHandler } from '$lib/server/api/api-handler';
import { getPublishedArticle } from '$lib/server/kennis/get-published-article';

export const GET = apiHandler(({ event }) => getPublishedArticle({ slug: event.params.slug ?? '' }));
