import { apiHandler } from '$lib/server/api/api-handler';
import { fileReport } from '$lib/server/monitor/file-report';

export const POST = apiHandler(({ event, body }) => fileReport(event.locals.user, body));
