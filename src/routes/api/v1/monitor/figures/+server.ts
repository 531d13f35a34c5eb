import { apiHandler } from '$lib/server/api/api-handler';
import { getOpenData } from '$lib/server/monitor/get-open-data';

export const GET = apiHandler(({ event }) => getOpenData(Object.fromEntries(event.url.searchParams)));
