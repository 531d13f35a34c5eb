import { apiHandler } from '$lib/server/api/api-handler';
import { assertMatchingUser } from '$lib/server/matching/engine/assert-matching-user';
import { assignFromJson } from '$lib/server/matching/engine/assign-from-json';

/** matching.md assign: the best assignment with a proven bound, solved in a worker thread. */
export const POST = apiHandler(async ({ event, body }) => {
	await assertMatchingUser(event.locals.user);
	return assignFromJson(body);
});
