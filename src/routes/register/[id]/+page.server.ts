import { isAppError } from '$lib/server/errors';
import { getHome } from '$lib/server/register/get-home';
import { getPublicHome } from '$lib/server/register/get-public-home';
import type { HomeDetail, PublicHome } from '$lib/server/register/home-view';
import { pageError } from '../page-helpers.server';
import type { PageServerLoad } from './$types';

type View = { isPrivate: true; home: HomeDetail } | { isPrivate: false; home: PublicHome };

export const load: PageServerLoad = async ({ params, locals, url }): Promise<View> => {
	const homeId = params.id;
	// Members of the owning organisation see the private view; everyone else the public one.
	if (locals.user) {
		try {
			return { isPrivate: true, home: await getHome(locals.user, { homeId }) };
		} catch (err) {
			if (!isAppError(err) || (err.code !== 'forbidden' && err.code !== 'not-found')) pageError(err, url);
		}
	}
	try {
		return { isPrivate: false, home: await getPublicHome({ homeId }) };
	} catch (err) {
		pageError(err, url);
	}
};
