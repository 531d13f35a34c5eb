import { requireUser } from '$lib/server/auth/guards';
import { listReportProviders } from '$lib/server/monitor/list-report-providers';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { providers: await listReportProviders(user) };
};
