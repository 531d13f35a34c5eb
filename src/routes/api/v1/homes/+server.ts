import { apiHandler } from '$lib/server/api/api-handler';
import { createHome } from '$lib/server/register/create-home';
import { listHomes } from '$lib/server/register/list-homes';

export const GET = apiHandler(({ event }) => listHomes(Object.fromEntries(event.url.searchParams)));

export const POST = apiHandler(
	({ event, body }) =>
		createHome(event.locals.user, {
			organizationId: event.url.searchParams.get('organizationId') ?? '',
			input: body
		}),
	{ status: 201 }
);
