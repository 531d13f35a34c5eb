import { getDashboard } from '$lib/server/monitor/get-dashboard';
import { pageError } from '../../../register/page-helpers.server';
import type { PageServerLoad } from './$types';

// Public: the dashboards show only suppressed figures, the same as the open data.
export const load: PageServerLoad = async (event) => {
	const query = Object.fromEntries(event.url.searchParams);
	const view = await getDashboard({ areaCode: event.params.gebied ?? 'NL', query }).catch((err: unknown) =>
		pageError(err, event.url)
	);
	return { view, query };
};
