import type { AreaLevel } from './areas.ts';
import { childrenOf, findArea } from './areas.ts';
import type { MonitorTables } from './build-tables.ts';
import { ratioFigures, registerCounts, reportCounts, THRESHOLD, type CellNote } from './figures.ts';
import type { QuarterKey } from './quarter.ts';

/** The figures of one row of the open data, in column order. */
export const openDataFigures = [
	...registerCounts,
	'meetingShare',
	...reportCounts,
	...Object.keys(ratioFigures)
] as const;

/** One row of the open data: an area in a quarter; null values come with their reason in `notes`. */
export interface OpenDataRow {
	level: AreaLevel;
	code: string;
	name: string;
	quarter: QuarterKey;
	figures: Record<string, number | null>;
	notes: Record<string, CellNote>;
}

/** The open data document (JSON). */
export interface OpenData {
	threshold: number;
	filters: MonitorTables['filters'];
	quarters: QuarterKey[];
	/** Register figures (homes, places, meetingHomes, meetingShare) are of today, repeated per quarter. */
	rows: OpenDataRow[];
}

/**
 * The published rows for a level (or all) and optionally one area and the areas below it, from
 * the same suppressed tables as the dashboards, so both always show the same numbers.
 */
export function buildOpenData(
	tables: MonitorTables,
	options: { level: AreaLevel | 'all'; area?: string }
): OpenData {
	const area = options.area ? findArea(options.area) : undefined;
	const wanted = area
		? new Set([
				area.code,
				...childrenOf(area, 'province').map((a) => a.code),
				...childrenOf(area).map((a) => a.code)
			])
		: undefined;
	const register = new Map(tables.register.map((r) => [r.area.code, r]));
	const rows: OpenDataRow[] = [];
	for (const row of tables.rows) {
		if (options.level !== 'all' && row.area.level !== options.level) continue;
		if (wanted && !wanted.has(row.area.code)) continue;
		const reg = register.get(row.area.code)!;
		const figures: Record<string, number | null> = {};
		const notes: Record<string, CellNote> = {};
		const put = (name: string, cell: { value: number | null; note?: CellNote }) => {
			figures[name] = cell.value;
			if (cell.note) notes[name] = cell.note;
		};
		for (const c of registerCounts) put(c, reg.counts[c]);
		put('meetingShare', reg.meetingShare);
		for (const c of reportCounts) put(c, row.counts[c]);
		for (const r of Object.keys(ratioFigures) as (keyof typeof ratioFigures)[]) put(r, row.ratios[r]);
		rows.push({
			level: row.area.level,
			code: row.area.code,
			name: row.area.name,
			quarter: row.quarter,
			figures,
			notes
		});
	}
	return { threshold: THRESHOLD, filters: tables.filters, quarters: tables.quarters, rows };
}

/** The open data as CSV rows (header first): hidden cells are empty, `notes` lists why. */
export function openDataCsvRows(data: OpenData): string[][] {
	const header = ['level', 'code', 'name', 'quarter', ...openDataFigures, 'notes'];
	const body = data.rows.map((row) => [
		row.level,
		row.code,
		row.name,
		row.quarter,
		...openDataFigures.map((f) => {
			const v = row.figures[f];
			return v === null || v === undefined ? '' : String(Number.isInteger(v) ? v : Number(v.toFixed(4)));
		}),
		Object.entries(row.notes)
			.map(([figure, note]) => `${figure}:${note}`)
			.join(' ')
	]);
	return [header, ...body];
}
