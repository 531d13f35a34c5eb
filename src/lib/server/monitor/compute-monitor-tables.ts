import { buildTables, type MonitorTables } from '../../monitor/build-tables.ts';
import { filterKeys, type MonitorFilters } from '../../monitor/base-cells.ts';
import {
	compareQuarters,
	previousQuarter,
	quarterOf,
	quartersBetween,
	type QuarterKey
} from '../../monitor/quarter.ts';
import { firstReportedQuarter, loadBaseCells, loadMonitorHomes } from './load-monitor-data.ts';

/** At most this many quarters are published at once (ten years). */
export const MAX_QUARTERS = 40;

/**
 * The quarters the monitor publishes: from the first report (or the requested start) up to the
 * last quarter that has ended — a running quarter is incomplete, so it is never shown.
 */
export async function publishedQuarters(
	options: { from?: QuarterKey; to?: QuarterKey; now?: Date } = {}
): Promise<QuarterKey[]> {
	const lastEnded = previousQuarter(quarterOf(options.now ?? new Date()));
	const to = options.to && compareQuarters(options.to, lastEnded) < 0 ? options.to : lastEnded;
	const first = options.from ?? (await firstReportedQuarter()) ?? to;
	const all = quartersBetween(first, to);
	return all.slice(-MAX_QUARTERS);
}

/** The suppressed tables of the whole country for the quarters and filters (public figures). */
export async function computeMonitorTables(options: {
	filters: MonitorFilters;
	from?: QuarterKey;
	to?: QuarterKey;
	now?: Date;
}): Promise<MonitorTables> {
	const quarters = await publishedQuarters(options);
	const homes = await loadMonitorHomes();
	if (quarters.length === 0)
		return buildTables({ quarters, filters: options.filters, homes, filtered: [], relaxed: [] });
	const range = { from: quarters[0]!, to: quarters.at(-1)! };
	const active = filterKeys.filter((key) => options.filters[key] !== undefined);
	const [filtered, ...relaxed] = await Promise.all([
		loadBaseCells({ ...range, filters: options.filters }),
		...active.map((key) => loadBaseCells({ ...range, filters: { ...options.filters, [key]: undefined } }))
	]);
	return buildTables({ quarters, filters: options.filters, homes, filtered: filtered!, relaxed });
}
