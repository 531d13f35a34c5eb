import { criterionIds, type CriterionId } from '../register/check-facility.ts';
import { areas, type Area, sumConstraints } from './areas.ts';
import {
	addCounts,
	emptyCounts,
	matchesFilters,
	type BaseCell,
	type Counts,
	type MonitorFilters,
	type MonitorHome
} from './base-cells.ts';
import {
	isSmall,
	meetingShare,
	ratioFigures,
	ratioOf,
	registerCounts,
	reportCounts,
	type Cell,
	type RatioFigure,
	type RegisterCount,
	type ReportCount
} from './figures.ts';
import type { QuarterKey } from './quarter.ts';
import { suppressCounts, type RawCount } from './suppress.ts';

/** The published figures of one area in one quarter. */
export interface QuarterRow {
	area: Area;
	quarter: QuarterKey;
	counts: Record<ReportCount, Cell>;
	ratios: Record<RatioFigure, Cell>;
}

/** The published register figures of one area (today), with the criteria failed most. */
export interface RegisterRow {
	area: Area;
	counts: Record<RegisterCount, Cell>;
	meetingShare: Cell;
	/** Homes that do not meet each criterion, most failed first. */
	failing: { criterion: CriterionId; homes: Cell }[];
}

/** Everything the dashboards and the open data publish, already suppressed. */
export interface MonitorTables {
	quarters: QuarterKey[];
	filters: MonitorFilters;
	register: RegisterRow[];
	rows: QuarterRow[];
}

/** The areas a base cell counts towards: the country, its province and its region. */
function sumByArea(cells: readonly BaseCell[], quarters: readonly QuarterKey[]): Map<string, Counts> {
	const out = new Map<string, Counts>();
	for (const q of quarters) for (const area of areas) out.set(`${area.code}|${q}`, emptyCounts());
	for (const cell of cells) {
		for (const code of ['NL', cell.provinceCode, cell.regionCode]) {
			const target = out.get(`${code}|${cell.quarter}`);
			if (target) addCounts(target, cell.counts);
		}
	}
	return out;
}

/**
 * Builds the suppressed tables from base cells: `filtered` with the filters applied, and one list
 * per active filter with that filter dropped (to keep differences between filtered and less
 * filtered figures from being small). Pure: the same input always publishes the same cells.
 */
export function buildTables(input: {
	quarters: QuarterKey[];
	filters: MonitorFilters;
	homes: readonly MonitorHome[];
	filtered: readonly BaseCell[];
	relaxed: readonly (readonly BaseCell[])[];
}): MonitorTables {
	const sums = sumByArea(input.filtered, input.quarters);
	const relaxedSums = input.relaxed.map((cells) => sumByArea(cells, input.quarters));
	const rows: QuarterRow[] = [];
	const cellsByKey = new Map<string, Partial<Record<ReportCount, Cell>>>();
	for (const quarter of input.quarters) {
		for (const figure of reportCounts) {
			const raws = new Map<string, RawCount>();
			for (const area of areas) {
				const key = `${area.code}|${quarter}`;
				const counts = sums.get(key)!;
				raws.set(area.code, {
					value: counts[figure],
					base: counts.reportingHomes,
					relaxed: relaxedSums.map((s) => ({ value: s.get(key)![figure], base: s.get(key)!.reportingHomes }))
				});
			}
			for (const [code, cell] of suppressCounts(raws, sumConstraints)) {
				const key = `${code}|${quarter}`;
				const target = cellsByKey.get(key) ?? {};
				target[figure] = cell;
				cellsByKey.set(key, target);
			}
		}
		for (const area of areas) {
			const counts = cellsByKey.get(`${area.code}|${quarter}`) as Record<ReportCount, Cell>;
			const ratios = Object.fromEntries(
				Object.entries(ratioFigures).map(([name, r]) => [
					name,
					ratioOf(counts[r.numerator], counts[r.denominator])
				])
			) as Record<RatioFigure, Cell>;
			rows.push({ area, quarter, counts, ratios });
		}
	}
	return {
		quarters: input.quarters,
		filters: input.filters,
		register: registerRows(input.homes, input.filters),
		rows
	};
}

// Register figures describe homes that are public one by one in the register, so a difference
// reveals nothing new; small counts are still hidden so that no published count is 1–4.
function registerRows(homes: readonly MonitorHome[], filters: MonitorFilters): RegisterRow[] {
	const totals = new Map<
		string,
		{ homes: number; places: number; meetingHomes: number; failing: Map<CriterionId, number> }
	>();
	for (const area of areas)
		totals.set(area.code, { homes: 0, places: 0, meetingHomes: 0, failing: new Map() });
	for (const home of homes) {
		if (!matchesFilters(home, filters)) continue;
		for (const code of ['NL', home.provinceCode, home.regionCode]) {
			const t = totals.get(code);
			if (!t) continue;
			t.homes += 1;
			t.places += home.places ?? 0;
			if (home.isMeeting) t.meetingHomes += 1;
			for (const c of home.failing) t.failing.set(c, (t.failing.get(c) ?? 0) + 1);
		}
	}
	return areas.map((area) => {
		const t = totals.get(area.code)!;
		const cell = (value: number): Cell =>
			t.homes === 0
				? { value: null, note: 'no-data' }
				: isSmall(value)
					? { value: null, note: 'small' }
					: { value };
		const counts = Object.fromEntries(registerCounts.map((c) => [c, cell(t[c])])) as Record<
			RegisterCount,
			Cell
		>;
		const failing = criterionIds
			.map((criterion) => ({ criterion, raw: t.failing.get(criterion) ?? 0 }))
			.filter((f) => f.raw > 0)
			.sort((a, b) => b.raw - a.raw || criterionIds.indexOf(a.criterion) - criterionIds.indexOf(b.criterion))
			.map((f) => ({ criterion: f.criterion, homes: cell(f.raw) }));
		return {
			area,
			counts,
			meetingShare: ratioOf(counts[meetingShare.numerator], counts[meetingShare.denominator]),
			failing
		};
	});
}

/** The rows of one area, in quarter order. */
export function rowsOfArea(tables: MonitorTables, code: string): QuarterRow[] {
	return tables.rows.filter((r) => r.area.code === code);
}

/** The row of one area in one quarter. */
export function rowOf(tables: MonitorTables, code: string, quarter: QuarterKey): QuarterRow | undefined {
	return tables.rows.find((r) => r.area.code === code && r.quarter === quarter);
}

/** The register row of one area. */
export function registerRowOf(tables: MonitorTables, code: string): RegisterRow | undefined {
	return tables.register.find((r) => r.area.code === code);
}

/**
 * Unsuppressed totals per quarter of one provider's own homes, for its members, researchers and
 * admins (who may see every home's report anyway). Never published as open data.
 */
export function buildPrivateRows(
	cells: readonly BaseCell[],
	quarters: readonly QuarterKey[]
): { quarter: QuarterKey; counts: Record<ReportCount, Cell>; ratios: Record<RatioFigure, Cell> }[] {
	return quarters.map((quarter) => {
		const total = emptyCounts();
		for (const cell of cells) if (cell.quarter === quarter) addCounts(total, cell.counts);
		const counts = Object.fromEntries(
			reportCounts.map((c) => [
				c,
				total.reportingHomes === 0 ? { value: null, note: 'no-data' } : { value: total[c] }
			])
		) as Record<ReportCount, Cell>;
		const ratios = Object.fromEntries(
			Object.entries(ratioFigures).map(([name, r]) => [
				name,
				ratioOf(counts[r.numerator], counts[r.denominator])
			])
		) as Record<RatioFigure, Cell>;
		return { quarter, counts, ratios };
	});
}
