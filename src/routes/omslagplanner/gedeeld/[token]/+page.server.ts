import { error } from '@sveltejs/kit';
import { describeScenario } from '$lib/planner/describe-scenario';
import { columnQuery } from '$lib/planner/scenario-form';
import { httpStatusOf, isAppError } from '$lib/server/errors';
import { getSharedScenario } from '$lib/server/planner/get-shared-scenario';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// The token is the only key: keep it out of shared caches and referrers.
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer' });
	const shared = await getSharedScenario(params.token).catch((err: unknown) => {
		if (isAppError(err)) error(httpStatusOf[err.code], err.message);
		throw err;
	});
	return {
		name: shared.name,
		organizationName: shared.organizationName,
		view: describeScenario(shared.name, shared.input),
		query: new URLSearchParams([['aantal', '1'], ...columnQuery('a', shared.name, shared.input)]).toString()
	};
};
