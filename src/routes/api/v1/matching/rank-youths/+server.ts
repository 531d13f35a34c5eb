import { apiHandler } from '$lib/server/api/api-handler';
import { assertMatchingUser } from '$lib/server/matching/engine/assert-matching-user';
import { rankYouthsFromJson } from '$lib/server/matching/engine/rank-youths-from-json';

/** matching.md rank-youths: every youth for one home, feasible first by score (members of an organisation). */
export const POST = apiHandler(async ({ event, body }) => {
	await assertMatchingUser(event.locals.user);
	return rankYouthsFromJson(body);
});
