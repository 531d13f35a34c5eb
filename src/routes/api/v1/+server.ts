import { apiHandler } from '$lib/server/api/api-handler';
import { describeApiIndex } from '$lib/server/api/describe-api';

export const GET = apiHandler(() => describeApiIndex());
