import { audiences, type Audience } from '$lib/kennis/article-content';
import { getThemePage } from '$lib/server/kennis/get-theme-page';
import { kennisPageError } from '../../page-helpers.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const wanted = url.searchParams.get('voor') ?? '';
	// An unknown audience in the address shows everything rather than an error page.
	const audience = (audiences as readonly string[]).includes(wanted) ? (wanted as Audience) : undefined;
	try {
		return { theme: await getThemePage({ slug: params.slug, audience }), audience: audience ?? '' };
	} catch (err) {
		kennisPageError(err, url);
	}
};
