import { requireUser } from '$lib/server/auth/guards';
import { getHome } from '$lib/server/register/get-home';
import { listHomeVersions } from '$lib/server/register/list-home-versions';
import { pageError } from '../../page-helpers.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const homeId = event.params.id;
	try {
		const [home, versions] = await Promise.all([getHome(user, { homeId }), listHomeVersions(user, { homeId })]);
		return { home: { id: home.id, name: home.name }, versions };
	} catch (err) {
		pageError(err, event.url);
	}
};
