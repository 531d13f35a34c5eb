import { apiHandler } from '$lib/server/api/api-handler';
import { getOpenDataCsv } from '$lib/server/monitor/get-open-data';

export const GET = apiHandler(
	async ({ event }) =>
		new Response(await getOpenDataCsv(Object.fromEntries(event.url.searchParams)), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': 'attachment; filename="monitor-kleinschalig.csv"',
				'cache-control': 'no-store'
			}
		})
);
