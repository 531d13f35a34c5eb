import { listPublishedArticles } from '$lib/server/kennis/list-published-articles';
import { listThemes } from '$lib/server/kennis/list-themes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const [themes, recent] = await Promise.all([listThemes(), listPublishedArticles({ limit: 5 })]);
	const role = locals.user?.role;
	return { themes, recent, isEditor: role === 'editor' || role === 'admin' };
};
