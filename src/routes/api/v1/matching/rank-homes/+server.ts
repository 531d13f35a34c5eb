import { apiHandler } from '$lib/server/api/api-handler';
import { assertMatchingUser } from '$lib/server/matching/engine/assert-matching-user';
import { rankHomesFromJson } from '$lib/server/matching/engine/rank-homes-from-json';

/** matching.md rank-homes: every home for one youth, feasible first by score (members of an organisation). */
export const POST = apiHandler(async ({ event, body }) => {
	await assertMatchingUser(event.locals.user);
	return rankHomesFromJson(body);
});
