import { stringify } from 'csv-stringify/sync';
import { filtersOf, openDataQuerySchema } from '../../monitor/monitor-query.ts';
import { buildOpenData, openDataCsvRows, type OpenData } from '../../monitor/open-data.ts';
import { parseInput } from '../validation.ts';
import { computeMonitorTables } from './compute-monitor-tables.ts';

/** The open data (suppressed figures per area and quarter) for a query string; no login needed. */
export async function getOpenData(query: unknown, options: { now?: Date } = {}): Promise<OpenData> {
	const q = parseInput(openDataQuerySchema, query ?? {});
	const tables = await computeMonitorTables({
		filters: filtersOf(q),
		from: q.from,
		to: q.to,
		now: options.now
	});
	return buildOpenData(tables, { level: q.level, area: q.area });
}

/** The same open data as a CSV file (UTF-8 with BOM so spreadsheet programs read the accents). */
export async function getOpenDataCsv(query: unknown, options: { now?: Date } = {}): Promise<string> {
	return '\uFEFF' + stringify(openDataCsvRows(await getOpenData(query, options)));
}
