import { areas, childrenOf, findArea, NATION, type Area } from './areas.ts';
import type { MonitorFilters } from './base-cells.ts';
import {
	registerRowOf,
	rowOf,
	rowsOfArea,
	type MonitorTables,
	type QuarterRow,
	type RegisterRow
} from './build-tables.ts';
import type { Cell, RatioFigure } from './figures.ts';
import { fillOf, legendOf, mapShapes, type LegendClass } from './map.ts';
import type { MapFigure } from './monitor-query.ts';
import type { QuarterKey } from './quarter.ts';
import { layoutTrendChart, type TrendChart } from './trend-chart.ts';

/** One area on the map: its shape, value, fill and where it links to (none outside the scope). */
export interface MapArea {
	code: string;
	name: string;
	d: string;
	cell: Cell;
	fill?: string;
	/** Whether the area lies in the dashboard's scope (then it links to its own dashboard). */
	isInScope: boolean;
}

/** Everything a dashboard page shows, already suppressed and laid out. */
export interface DashboardView {
	area: Area;
	/** The areas above this one, from the country down. */
	parents: Area[];
	quarters: QuarterKey[];
	quarter: QuarterKey | null;
	filters: MonitorFilters;
	register: RegisterRow;
	row: QuarterRow | null;
	trend: QuarterRow[];
	charts: { figure: RatioFigure; chart: TrendChart }[];
	children: { area: Area; register: RegisterRow; row: QuarterRow | null }[];
	map: { level: 'province' | 'region'; figure: MapFigure; areas: MapArea[]; legend: LegendClass[] } | null;
}

/** The value of a map figure for one area in one quarter. */
export function mapCellOf(
	tables: MonitorTables,
	code: string,
	quarter: QuarterKey | null,
	figure: MapFigure
): Cell {
	const register = registerRowOf(tables, code)!;
	if (figure === 'homes' || figure === 'places') return register.counts[figure];
	if (figure === 'meetingShare') return register.meetingShare;
	const row = quarter ? rowOf(tables, code, quarter) : undefined;
	if (!row) return { value: null, note: 'no-data' };
	return figure === 'waitingList' ? row.counts.waitingList : row.ratios[figure];
}

/** The areas above one: the country, and for a region the province it lies in (if only one). */
export function parentsOf(area: Area): Area[] {
	if (area.level === 'nation') return [];
	if (area.level === 'province') return [NATION];
	const provinces = areas.filter(
		(a) => a.level === 'province' && childrenOf(a).some((r) => r.code === area.code)
	);
	return provinces.length === 1 ? [NATION, provinces[0]!] : [NATION];
}

/**
 * Lays out the dashboard of one area from the published tables: key figures of the chosen quarter
 * (default the last), the trend of every percentage, the areas one level down, and the map.
 */
export function describeDashboard(
	tables: MonitorTables,
	options: {
		areaCode: string;
		quarter?: QuarterKey;
		mapFigure: MapFigure;
		mapLevel: 'province' | 'region';
	}
): DashboardView {
	const area = findArea(options.areaCode) ?? NATION;
	const quarter =
		options.quarter && tables.quarters.includes(options.quarter)
			? options.quarter
			: (tables.quarters.at(-1) ?? null);
	const trend = rowsOfArea(tables, area.code);
	const charts = (['occupancy', 'unplannedShare', 'turnover', 'educationShare'] as const).map((figure) => ({
		figure,
		chart: layoutTrendChart(trend.map((r) => ({ quarter: r.quarter, cell: r.ratios[figure] })))
	}));
	const children = childrenOf(area, options.mapLevel).map((child) => ({
		area: child,
		register: registerRowOf(tables, child.code)!,
		row: quarter ? (rowOf(tables, child.code, quarter) ?? null) : null
	}));
	return {
		area,
		parents: parentsOf(area),
		quarters: tables.quarters,
		quarter,
		filters: tables.filters,
		register: registerRowOf(tables, area.code)!,
		row: quarter ? (rowOf(tables, area.code, quarter) ?? null) : null,
		trend,
		charts,
		children,
		map: area.level === 'region' ? null : mapOf(tables, area, quarter, options)
	};
}

function mapOf(
	tables: MonitorTables,
	area: Area,
	quarter: QuarterKey | null,
	options: { mapFigure: MapFigure; mapLevel: 'province' | 'region' }
): DashboardView['map'] {
	// A province's map shows its regions; the country's map the level the reader chose.
	const level = area.level === 'province' ? 'region' : options.mapLevel;
	const inScope = new Set(childrenOf(area, level).map((a) => a.code));
	const shapes = mapShapes(level).map((shape) => ({
		...shape,
		cell: mapCellOf(tables, shape.code, quarter, options.mapFigure),
		isInScope: inScope.has(shape.code)
	}));
	const legend = legendOf(
		shapes.flatMap((s) => (s.isInScope && s.cell.value !== null ? [s.cell.value] : []))
	);
	return {
		level,
		figure: options.mapFigure,
		legend,
		areas: shapes.map((s) => ({
			...s,
			fill: s.isInScope && s.cell.value !== null ? fillOf(s.cell.value, legend) : undefined
		}))
	};
}
