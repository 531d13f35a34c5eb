import { listPublishedArticles } from '$lib/server/kennis/list-published-articles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	articles: await listPublishedArticles({ audience: 'jongeren-en-ouders' })
});
