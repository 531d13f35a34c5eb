/**
 * Benchmark of the monitor (npm run bench:monitor): 5,000 synthetic homes × 40 quarters (200,000
 * reports) spread over all 42 jeugdregio's, then the time to compute the national and a regional
 * dashboard (all suppressed tables + the dashboard layout), side by side with a naive baseline
 * that sums every area × quarter cell by scanning that quarter's reports.
 *
 * With `--sql` it also loads the data into an in-memory PGlite and times the server's path
 * (aggregation in SQL, then the same suppression). Prints figures, asserts nothing.
 */
import { regions, municipalities } from '../src/lib/nl/places.ts';
import { areas } from '../src/lib/monitor/areas.ts';
import {
	addCounts,
	emptyCounts,
	summariseReports,
	type MonitorHome,
	type MonitorReport
} from '../src/lib/monitor/base-cells.ts';
import { buildTables } from '../src/lib/monitor/build-tables.ts';
import { describeDashboard } from '../src/lib/monitor/describe-dashboard.ts';
import { quartersBetween, type QuarterKey } from '../src/lib/monitor/quarter.ts';

const HOMES = 5000;
const quarters = quartersBetween('2016Q4', '2026Q3');

function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const rnd = random(42);
const homes: MonitorHome[] = Array.from({ length: HOMES }, (_, i) => {
	const municipality = municipalities[Math.floor(rnd() * municipalities.length)]!;
	return {
		id: `h${i}`,
		organizationId: `o${i % 300}`,
		regionCode: municipality.regionCode,
		provinceCode: municipality.provinceCode,
		setting: rnd() < 0.25 ? 'campus' : 'neighbourhood',
		regime: rnd() < 0.15 ? 'closed' : 'open',
		targetGroup: rnd() < 0.7 ? 'complex-needs' : 'nji-third-form',
		places: 3 + Math.floor(rnd() * 4),
		teamSize: 8 + Math.floor(rnd() * 5),
		isMeeting: rnd() < 0.7,
		failing: rnd() < 0.3 ? ['group-size'] : []
	};
});
const reports: MonitorReport[] = homes.flatMap((home) =>
	quarters.map((quarter) => ({
		homeId: home.id,
		quarter,
		youthDays: Math.floor((home.places ?? 4) * 90 * (0.6 + rnd() * 0.4)),
		intake: Math.floor(rnd() * 3),
		dischargePlanned: Math.floor(rnd() * 3),
		dischargeUnplanned: rnd() < 0.2 ? 1 : 0,
		waitingList: Math.floor(rnd() * 6),
		educationPercent: Math.floor(50 + rnd() * 50),
		carersLeft: Math.floor(rnd() * 2),
		carersJoined: Math.floor(rnd() * 2),
		openVacancies: Math.floor(rnd() * 2),
		restraintIncidents: Math.floor(rnd() * 3)
	}))
);

function time<T>(run: () => T): { seconds: number; result: T } {
	const started = performance.now();
	const result = run();
	return { seconds: (performance.now() - started) / 1000, result };
}

/** Ours: one pass into base cells, then roll-up and suppression over all areas. */
function computeOurs(areaCode: string) {
	const tables = buildTables({
		quarters,
		filters: {},
		homes,
		filtered: summariseReports(homes, reports),
		relaxed: []
	});
	return describeDashboard(tables, { areaCode, mapFigure: 'occupancy', mapLevel: 'region' });
}

/**
 * Baseline: every (area, quarter) cell summed on its own, by running the same summation over that
 * quarter's reports of that area's homes: 55 areas × 40 quarters passes instead of one.
 */
function computeNaive(areaCode: string) {
	const byQuarter = new Map<QuarterKey, MonitorReport[]>();
	for (const r of reports) (byQuarter.get(r.quarter) ?? byQuarter.set(r.quarter, []).get(r.quarter)!).push(r);
	const homesOf = new Map(
		areas.map((area) => [
			area.code,
			homes.filter(
				(h) => area.level === 'nation' || h.regionCode === area.code || h.provinceCode === area.code
			)
		])
	);
	let cells = 0;
	for (const quarter of quarters) {
		for (const area of areas) {
			const total = emptyCounts();
			for (const cell of summariseReports(homesOf.get(area.code)!, byQuarter.get(quarter) ?? []))
				addCounts(total, cell.counts);
			cells += 1;
		}
	}
	return { areaCode, cells };
}

console.log(
	`${HOMES} homes × ${quarters.length} quarters = ${reports.length} reports, ${regions.length} regions`
);
computeOurs('NL'); // warm-up (map shapes, JIT)
const pad = (v: string, w: number) => v.padStart(w);
console.log(
	['dashboard', 'ours s', 'naive s', 'naive/ours'].map((h, i) => pad(h, i === 0 ? 12 : 10)).join(' ')
);
for (const areaCode of ['NL', 'JZ13', 'PV27']) {
	const ours = time(() => computeOurs(areaCode));
	const naive = time(() => computeNaive(areaCode));
	console.log(
		[
			pad(areaCode, 12),
			pad(ours.seconds.toFixed(3), 10),
			pad(naive.seconds.toFixed(3), 10),
			pad((naive.seconds / ours.seconds).toFixed(1) + '×', 10)
		].join(' ')
	);
}

if (process.argv.includes('--sql')) {
	const { openDatabase } = await import('../src/lib/server/db/client.ts');
	const { useDatabase, getDb, schema, migrateDatabase } = await import('../src/lib/server/db/index.ts');
	const { computeMonitorTables } = await import('../src/lib/server/monitor/compute-monitor-tables.ts');
	const { randomUUID } = await import('node:crypto');
	useDatabase(openDatabase('pglite:memory'));
	await migrateDatabase();
	const db = getDb();
	const [org] = await db
		.insert(schema.organization)
		.values({ id: randomUUID(), name: 'Bench', slug: 'bench', kind: 'provider' })
		.returning();
	const check = { verdict: 'meets', criteria: [], rosterGaps: [] };
	const load = time(() => 0);
	const started = performance.now();
	for (let i = 0; i < homes.length; i += 1000) {
		await db.insert(schema.home).values(
			homes.slice(i, i + 1000).map((h) => ({
				id: h.id,
				organizationId: org!.id,
				name: h.id,
				municipalityCode: 'GM0344',
				regionCode: h.regionCode,
				provinceCode: h.provinceCode,
				setting: h.setting,
				regime: h.regime,
				targetGroup: h.targetGroup,
				places: h.places,
				teamSize: h.teamSize,
				verdict: 'meets',
				check: check as never
			}))
		);
	}
	for (let i = 0; i < reports.length; i += 2000) {
		await db.insert(schema.quarterlyReport).values(
			reports.slice(i, i + 2000).map((r) => ({
				id: randomUUID(),
				organizationId: org!.id,
				averageStayDays: 200,
				...r
			}))
		);
	}
	void load;
	console.log(`loaded into PGlite in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	const now = new Date('2026-11-22T12:00:00Z');
	await computeMonitorTables({ filters: {}, now });
	const sqlStarted = performance.now();
	const tables = await computeMonitorTables({ filters: {}, now });
	const sqlSeconds = (performance.now() - sqlStarted) / 1000;
	const inMemory = time(() => computeOurs('NL'));
	console.log(
		`server path (SQL aggregation + suppression), national: ${sqlSeconds.toFixed(3)} s; ` +
			`in memory from loaded rows: ${inMemory.seconds.toFixed(3)} s; quarters ${tables.quarters.length}`
	);
}
