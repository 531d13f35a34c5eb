import { describeDashboard, type DashboardView } from '../../monitor/describe-dashboard.ts';
import { areaCodeSchema, dashboardQuerySchema, filtersOf } from '../../monitor/monitor-query.ts';
import { parseInput } from '../validation.ts';
import { computeMonitorTables } from './compute-monitor-tables.ts';

/**
 * The public dashboard of the country, a province or a jeugdregio: suppressed figures only (the
 * same as the open data), so no login is needed. `query` is the page's query string.
 */
export async function getDashboard(options: {
	areaCode: string;
	query: unknown;
	now?: Date;
}): Promise<DashboardView> {
	const areaCode = parseInput(areaCodeSchema, options.areaCode);
	const query = parseInput(dashboardQuerySchema, options.query ?? {});
	const tables = await computeMonitorTables({ filters: filtersOf(query), now: options.now });
	return describeDashboard(tables, {
		areaCode,
		quarter: query.kwartaal,
		mapFigure: query.kaart,
		mapLevel: query.per
	});
}
