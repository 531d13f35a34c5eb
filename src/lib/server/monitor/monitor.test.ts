import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildHomeInput, buildOrganization } from '../../../../tests/reference/register-factories.ts';
import { GET as figuresCsvEndpoint } from '../../../routes/api/v1/monitor/figures.csv/+server.ts';
import { GET as figuresEndpoint } from '../../../routes/api/v1/monitor/figures/+server.ts';
import { summariseReports, type MonitorReport } from '../../monitor/base-cells.ts';
import { rowOf } from '../../monitor/build-tables.ts';
import { isSmall, reportCounts } from '../../monitor/figures.ts';
import type { QuarterKey } from '../../monitor/quarter.ts';
import { systemActor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { buildRequestEvent } from '../http/build-test-event.ts';
import { createHome } from '../register/create-home.ts';
import { seedDemoHomes } from '../register/seed-demo-homes.ts';
import { computeMonitorTables } from './compute-monitor-tables.ts';
import { fileReport } from './file-report.ts';
import { getDashboard } from './get-dashboard.ts';
import { getOpenData, getOpenDataCsv } from './get-open-data.ts';
import { importReports } from './import-reports.ts';
import { loadBaseCells, loadMonitorHomes } from './load-monitor-data.ts';
import { openDataSchema } from './monitor-api.ts';
import { seedDemoMonitor } from './seed-demo-monitor.ts';
import { sendMissingReportReminders } from './send-missing-report-reminders.ts';

const now = new Date('2026-11-22T12:00:00Z');

// One demo seed for the whole file: the figures below are read from it, never changed by it.
let seeded: Promise<void> | undefined;
function seedOnce(): Promise<void> {
	seeded ??= (async () => {
		const linde = await buildOrganization();
		const anker = await buildOrganization();
		await seedDemoHomes({ providerLinde: linde.id, providerAnker: anker.id });
		await seedDemoMonitor({ providerLinde: linde.id, providerAnker: anker.id }, { now });
	})();
	return seeded;
}

describe('demo history and the public figures', () => {
	it('seeds several years of reports for many demo homes over many regions', async () => {
		await seedOnce();
		const homes = await loadMonitorHomes();
		expect(homes.length).toBeGreaterThan(70);
		expect(new Set(homes.map((h) => h.regionCode)).size).toBeGreaterThan(15);
		const reports = await getDb()
			.select({ quarter: schema.quarterlyReport.quarter })
			.from(schema.quarterlyReport);
		const quarters = new Set(reports.map((r) => r.quarter));
		expect(quarters.has('2021Q1')).toBe(true);
		expect(quarters.has('2026Q3')).toBe(true);
		expect(quarters.has('2026Q4')).toBe(false);
	});

	it('sums the same base cells in SQL as in memory', async () => {
		await seedOnce();
		const homes = await loadMonitorHomes();
		const rows = await getDb().select().from(schema.quarterlyReport);
		const reports: MonitorReport[] = rows.map((r) => ({ ...r, quarter: r.quarter as QuarterKey }));
		const key = (c: { regionCode: string; provinceCode: string; quarter: string }) =>
			`${c.regionCode}|${c.provinceCode}|${c.quarter}`;
		for (const filters of [{}, { setting: 'campus' as const }]) {
			const inMemory = summariseReports(homes, reports, filters).sort((a, b) => key(a).localeCompare(key(b)));
			const inSql = (await loadBaseCells({ from: '2021Q1', to: '2026Q3', filters })).sort((a, b) =>
				key(a).localeCompare(key(b))
			);
			expect(inSql).toEqual(inMemory);
		}
	});

	it('publishes regions with enough homes, suppresses the small ones, and nothing from 1 to 4', async () => {
		await seedOnce();
		const tables = await computeMonitorTables({ filters: {}, now });
		expect(tables.quarters.at(-1)).toBe('2026Q3');
		const amsterdam = rowOf(tables, 'JZ13', '2026Q3')!;
		expect(amsterdam.counts.reportingHomes.value).toBeGreaterThanOrEqual(5);
		expect(amsterdam.ratios.occupancy.value).toBeGreaterThan(0);
		const zeeland = rowOf(tables, 'JZ38', '2026Q3')!; // one demo home
		expect(zeeland.counts.youthDays).toEqual({ value: null, note: 'few-homes' });
		for (const row of tables.rows) {
			for (const figure of reportCounts) {
				const v = row.counts[figure].value;
				if (v !== null) expect(isSmall(v)).toBe(false);
			}
		}
	});

	it('gives the dashboard and the open data (JSON and CSV) the same figures', async () => {
		await seedOnce();
		const dashboard = await getDashboard({ areaCode: 'nl', query: { kwartaal: '2026K3' }, now });
		const open = await getOpenData({ level: 'nation' }, { now });
		const nation = open.rows.find((r) => r.quarter === '2026Q3')!;
		expect(nation.figures.youthDays).toBe(dashboard.row!.counts.youthDays.value);
		expect(nation.figures.homes).toBe(dashboard.register.counts.homes.value);
		expect(dashboard.children).toHaveLength(42);
		expect(dashboard.map?.areas.filter((a) => a.isInScope)).toHaveLength(42);
		const regional = await getDashboard({ areaCode: 'pv27', query: {}, now });
		expect(regional.children.map((c) => c.area.code)).toContain('JZ13');
		expect(regional.parents.map((p) => p.code)).toEqual(['NL']);
		const csv = await getOpenDataCsv({ level: 'nation', from: '2026Q3' }, { now });
		const [header, line] = csv.replace('\uFEFF', '').trim().split('\n');
		const columns = header!.split(',');
		const cells = line!.split(',');
		expect(Number(cells[columns.indexOf('youthDays')])).toBe(dashboard.row!.counts.youthDays.value);
	});

	it('answers the open data endpoints as documented, and refuses bad filters with Dutch messages', async () => {
		await seedOnce();
		const json = await figuresEndpoint(
			buildRequestEvent('http://localhost/api/v1/monitor/figures?level=region&setting=campus')
		);
		expect(json.status).toBe(200);
		const body = openDataSchema.parse(await json.json());
		expect(body.rows.every((r) => r.level === 'region')).toBe(true);
		const csv = await figuresCsvEndpoint(
			buildRequestEvent('http://localhost/api/v1/monitor/figures.csv?area=JZ13')
		);
		expect(csv.headers.get('content-type')).toContain('text/csv');
		const bad = await figuresEndpoint(
			buildRequestEvent('http://localhost/api/v1/monitor/figures?level=wijk&from=2025Q9')
		);
		expect(bad.status).toBe(400);
		const problem = (await bad.json()) as { errors: { path: string; message: string }[] };
		expect(problem.errors.map((e) => e.path).sort()).toEqual(['from', 'level']);
		expect(problem.errors[0]!.message).toMatch(/Kwartaal|Niveau/);
	});
});

describe('importReports', () => {
	it('saves valid rows, reports each invalid row, and keeps another provider’s homes out', async () => {
		const org = await buildOrganization();
		const home = await createHome(org.manager, {
			organizationId: org.id,
			input: buildHomeInput({ places: 4 })
		});
		const other = await buildOrganization();
		const otherHome = await createHome(other.manager, { organizationId: other.id, input: buildHomeInput() });
		const header =
			'homeId;quarter;youthDays;intake;dischargePlanned;dischargeUnplanned;waitingList;averageStayDays;educationPercent;carersLeft;carersJoined;openVacancies;restraintIncidents';
		const csv = [
			header,
			`${home.id};2026K2;300;1;1;0;2;250,5;80;0;1;0;1`,
			`${home.id};2026K3;999;1;1;0;2;250;80;0;1;0;1`,
			`${otherHome.id};2026K3;100;1;1;0;2;250;80;0;1;0;1`,
			`${home.id};2026K2;300;1;1;0;2;250,5;80;0;1;0;1`
		].join('\n');
		const result = await importReports(org.manager, {
			organizationId: org.id,
			format: 'csv',
			data: new TextEncoder().encode(csv),
			now
		});
		expect(result.rows.map((r) => [r.row, r.status])).toEqual([
			[2, 'saved'],
			[3, 'invalid'],
			[4, 'invalid'],
			[5, 'unchanged']
		]);
		expect(result.rows[1]!.errors[0]).toMatchObject({ column: 'youthDays' });
		expect(result.rows[2]!.errors[0]!.message).toContain('hoort niet bij deze aanbieder');
		const stored = await getDb()
			.select()
			.from(schema.quarterlyReport)
			.where(eq(schema.quarterlyReport.homeId, home.id));
		expect(stored.map((r) => [r.quarter, r.averageStayDays])).toEqual([['2026Q2', 250.5]]);
		await expect(
			importReports(org.member, {
				organizationId: org.id,
				format: 'csv',
				data: new TextEncoder().encode(csv),
				now
			})
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			importReports(org.manager, {
				organizationId: org.id,
				format: 'csv',
				data: new TextEncoder().encode('homeId;kwartaal\nx;y'),
				now
			})
		).rejects.toMatchObject({ code: 'invalid-input' });
	});
});

describe('sendMissingReportReminders', () => {
	it('mails each manager once per quarter, from two weeks after the quarter, about the missing homes only', async () => {
		const org = await buildOrganization();
		await createHome(org.manager, {
			organizationId: org.id,
			input: buildHomeInput({ name: 'Huis Zonder Cijfers' })
		});
		const done = await createHome(org.manager, {
			organizationId: org.id,
			input: buildHomeInput({ name: 'Huis Met Cijfers' })
		});
		const figures = {
			youthDays: 10,
			intake: 0,
			dischargePlanned: 0,
			dischargeUnplanned: 0,
			waitingList: 0,
			averageStayDays: 1,
			educationPercent: 50,
			carersLeft: 0,
			carersJoined: 0,
			openVacancies: 0,
			restraintIncidents: 0
		};
		await fileReport(systemActor, { homeId: done.id, quarter: '2026Q3', ...figures }, { now });
		const email = (
			await getDb()
				.select({ email: schema.user.email })
				.from(schema.user)
				.where(eq(schema.user.id, org.manager.id))
		)[0]!.email;
		const mailsTo = () => getDb().select().from(schema.mailOutbox).where(eq(schema.mailOutbox.to, email));

		await sendMissingReportReminders({ now: new Date('2026-10-10T09:00:00Z') }); // too early
		expect(await mailsTo()).toHaveLength(0);
		await sendMissingReportReminders({ now: new Date('2026-10-16T09:00:00Z') });
		await sendMissingReportReminders({ now: new Date('2026-10-17T09:00:00Z') });
		const mails = await mailsTo();
		expect(mails).toHaveLength(1);
		expect(mails[0]!.subject).toContain('2026 K3');
		expect(mails[0]!.text).toContain('Huis Zonder Cijfers');
		expect(mails[0]!.text).not.toContain('Huis Met Cijfers');
		// Plain members get no reminder.
		const memberEmail = (
			await getDb()
				.select({ email: schema.user.email })
				.from(schema.user)
				.where(eq(schema.user.id, org.member.id))
		)[0]!.email;
		expect(
			await getDb().select().from(schema.mailOutbox).where(eq(schema.mailOutbox.to, memberEmail))
		).toHaveLength(0);
		const claims = await getDb()
			.select()
			.from(schema.reportReminder)
			.where(
				and(eq(schema.reportReminder.organizationId, org.id), eq(schema.reportReminder.quarter, '2026Q3'))
			);
		expect(claims).toHaveLength(1);
	});
});
