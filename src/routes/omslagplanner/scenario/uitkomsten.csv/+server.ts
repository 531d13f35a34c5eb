import { exportResponse } from '$lib/server/planner/export-response';
import { readScenarioRequest } from '$lib/server/planner/read-scenario-form';
import type { RequestHandler } from './$types';

/** The scenarios of the planner's query string as CSV. */
export const GET: RequestHandler = ({ url }) =>
	exportResponse(readScenarioRequest(url.searchParams).views, 'csv', 'omslagplanner');
