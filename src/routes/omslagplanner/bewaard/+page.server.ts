import { requireUser } from '$lib/server/auth/guards';
import { listScenarios } from '$lib/server/planner/list-scenarios';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { scenarios: await listScenarios(user), deleted: event.url.searchParams.has('verwijderd') };
};
