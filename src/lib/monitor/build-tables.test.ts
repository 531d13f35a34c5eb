import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regions } from '../nl/places.ts';
import { sumConstraints } from './areas.ts';
import { summariseReports, type MonitorFilters, type MonitorHome, type MonitorReport } from './base-cells.ts';
import { buildTables, rowOf, type MonitorTables } from './build-tables.ts';
import { isSmall, reportCounts } from './figures.ts';
import type { QuarterKey } from './quarter.ts';
import { suppressCounts } from './suppress.ts';

const quarters: QuarterKey[] = ['2025Q1', '2025Q2'];
// A few regions, one crossing a provincial border (JZ12) and two in one province.
const someRegions = ['JZ01', 'JZ12', 'JZ13', 'JZ14', 'JZ08'].map((code) =>
	regions.find((r) => r.code === code)!
);

const homeArb = fc.record({
	region: fc.constantFrom(...someRegions),
	setting: fc.constantFrom('neighbourhood' as const, 'campus' as const),
	places: fc.integer({ min: 1, max: 6 }),
	teamSize: fc.integer({ min: 0, max: 12 }),
	reports: fc.array(
		fc.record({
			quarter: fc.constantFrom(...quarters),
			youthDays: fc.integer({ min: 0, max: 300 }),
			intake: fc.integer({ min: 0, max: 3 }),
			dischargePlanned: fc.integer({ min: 0, max: 3 }),
			dischargeUnplanned: fc.integer({ min: 0, max: 2 }),
			waitingList: fc.integer({ min: 0, max: 8 }),
			educationPercent: fc.integer({ min: 0, max: 100 }),
			carersLeft: fc.integer({ min: 0, max: 2 }),
			carersJoined: fc.integer({ min: 0, max: 2 }),
			openVacancies: fc.integer({ min: 0, max: 2 }),
			restraintIncidents: fc.integer({ min: 0, max: 3 })
		}),
		{ maxLength: 2 }
	)
});

type GeneratedHome = typeof homeArb extends fc.Arbitrary<infer T> ? T : never;

function dataOf(generated: GeneratedHome[]) {
	const homes: MonitorHome[] = [];
	const reports: MonitorReport[] = [];
	generated.forEach((g, i) => {
		const id = `h${i}`;
		homes.push({
			id,
			organizationId: 'o',
			regionCode: g.region.code,
			provinceCode: g.region.provinceCodes[i % g.region.provinceCodes.length]!,
			setting: g.setting,
			regime: 'open',
			targetGroup: null,
			places: g.places,
			teamSize: g.teamSize,
			isMeeting: i % 2 === 0,
			failing: i % 2 === 0 ? [] : ['group-size']
		});
		// At most one report per home and quarter, as in the database.
		const seen = new Set<string>();
		for (const r of g.reports) {
			if (seen.has(r.quarter)) continue;
			seen.add(r.quarter);
			reports.push({ homeId: id, ...r });
		}
	});
	return { homes, reports };
}

function tablesOf(
	homes: MonitorHome[],
	reports: MonitorReport[],
	filters: MonitorFilters = {}
): MonitorTables {
	const relaxed = Object.keys(filters).map((key) => {
		const rest = { ...filters };
		delete rest[key as keyof MonitorFilters];
		return summariseReports(homes, reports, rest);
	});
	return buildTables({
		quarters,
		filters,
		homes,
		filtered: summariseReports(homes, reports, filters),
		relaxed
	});
}

describe('buildTables suppression', () => {
	it('never publishes a count from 1 to 4, and figures from fewer than 5 homes never at all', () => {
		fc.assert(
			fc.property(fc.array(homeArb, { maxLength: 40 }), (generated) => {
				const { homes, reports } = dataOf(generated);
				const tables = tablesOf(homes, reports);
				for (const row of tables.rows) {
					const homesCell = row.counts.reportingHomes;
					for (const figure of reportCounts) {
						const cell = row.counts[figure];
						if (cell.value !== null) expect(isSmall(cell.value)).toBe(false);
						if (homesCell.value === null || homesCell.value < 5) {
							// Even a zero from one to four homes says something about those homes.
							if (homesCell.note !== 'no-data' && homesCell.note !== 'secondary')
								expect(cell.value).toBeNull();
						}
					}
				}
				for (const row of tables.register) {
					for (const cell of Object.values(row.counts))
						if (cell.value !== null) expect(isSmall(cell.value)).toBe(false);
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('leaves no hidden cell recoverable from a published total, and published parts add up', () => {
		fc.assert(
			fc.property(fc.array(homeArb, { maxLength: 40 }), (generated) => {
				const { homes, reports } = dataOf(generated);
				const raw = tablesOf(homes, reports);
				for (const quarter of quarters) {
					for (const figure of reportCounts) {
						const cell = (code: string) => rowOf(raw, code, quarter)!.counts[figure];
						for (const { parent, children } of sumConstraints) {
							const hidden = [parent, ...children].filter(
								(c) => cell(c).value === null && cell(c).note !== 'no-data'
							);
							expect(hidden.length).not.toBe(1);
							const total = cell(parent).value;
							if (total === null) continue;
							const published = children.reduce((sum, c) => sum + (cell(c).value ?? 0), 0);
							if (hidden.length === 0) expect(published).toBe(total);
							else expect(isSmall(total - published)).toBe(false);
						}
					}
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('keeps the difference between a filtered and the unfiltered figure from being small', () => {
		fc.assert(
			fc.property(fc.array(homeArb, { maxLength: 40 }), (generated) => {
				const { homes, reports } = dataOf(generated);
				const all = tablesOf(homes, reports);
				const filtered = tablesOf(homes, reports, { setting: 'campus' });
				for (const row of filtered.rows) {
					const other = rowOf(all, row.area.code, row.quarter)!;
					for (const figure of reportCounts) {
						const a = row.counts[figure].value;
						const b = other.counts[figure].value;
						if (a !== null && b !== null) expect(isSmall(b - a)).toBe(false);
					}
				}
			}),
			{ numRuns: 100 }
		);
	});
});

describe('suppressCounts', () => {
	it('hides a second part when exactly one part of a total is small', () => {
		const raws = new Map([
			['T', { value: 30, base: 10 }],
			['a', { value: 3, base: 5 }],
			['b', { value: 12, base: 5 }],
			['c', { value: 15, base: 5 }]
		]);
		const cells = suppressCounts(raws, [{ parent: 'T', children: ['a', 'b', 'c'] }]);
		expect(cells.get('a')).toEqual({ value: null, note: 'small' });
		expect(cells.get('b')).toEqual({ value: null, note: 'secondary' });
		expect(cells.get('c')).toEqual({ value: 15 });
		expect(cells.get('T')).toEqual({ value: 30 });
	});

	it('publishes a zero, but not when it comes from fewer than 5 homes, and says "no data" without homes', () => {
		const cells = suppressCounts(
			new Map([
				['a', { value: 0, base: 6 }],
				['b', { value: 0, base: 2 }],
				['c', { value: 0, base: 0 }]
			]),
			[]
		);
		expect(cells.get('a')).toEqual({ value: 0 });
		expect(cells.get('b')).toEqual({ value: null, note: 'few-homes' });
		expect(cells.get('c')).toEqual({ value: null, note: 'no-data' });
	});
});
