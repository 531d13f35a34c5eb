import { apiHandler } from '$lib/server/api/api-handler';
import { runDefinitionCheck } from '$lib/server/register/run-definition-check';

export const POST = apiHandler(({ body }) => runDefinitionCheck(body));
