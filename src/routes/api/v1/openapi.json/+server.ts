import { apiHandler } from '$lib/server/api/api-handler';
import { describeApi } from '$lib/server/api/describe-api';

export const GET = apiHandler(() => describeApi());
