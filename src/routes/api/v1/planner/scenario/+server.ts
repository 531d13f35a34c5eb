import { apiHandler } from '$lib/server/api/api-handler';
import { planFromJson } from '$lib/server/planner/plan-from-json';

/** Contract 2: plans one scenario (public, no login). */
export const POST = apiHandler(({ body }) => planFromJson(body));
