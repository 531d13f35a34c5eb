import { apiHandler } from '$lib/server/api/api-handler';
import { getReport } from '$lib/server/monitor/list-report-versions';

export const GET = apiHandler(({ event }) =>
	getReport(event.locals.user, { homeId: event.params.homeId ?? '', quarter: event.params.quarter ?? '' })
);
