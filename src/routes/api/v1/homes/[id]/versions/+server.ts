import { apiHandler } from '$lib/server/api/api-handler';
import { listHomeVersions } from '$lib/server/register/list-home-versions';

export const GET = apiHandler(({ event }) =>
	listHomeVersions(event.locals.user, { homeId: event.params.id ?? '' })
);
