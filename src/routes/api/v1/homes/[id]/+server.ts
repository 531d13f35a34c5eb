import { apiHandler } from '$lib/server/api/api-handler';
import { getPublicHome } from '$lib/server/register/get-public-home';
import { updateHome } from '$lib/server/register/update-home';

export const GET = apiHandler(({ event }) => getPublicHome({ homeId: event.params.id ?? '' }));

export const PUT = apiHandler(({ event, body }) =>
	updateHome(event.locals.user, { homeId: event.params.id ?? '', input: body })
);
