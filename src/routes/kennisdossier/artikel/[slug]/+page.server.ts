import { getPublishedArticle } from '$lib/server/kennis/get-published-article';
import { kennisPageError } from '../../page-helpers.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	try {
		return { article: await getPublishedArticle({ slug: params.slug }) };
	} catch (err) {
		kennisPageError(err, url);
	}
};
