import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	buildActor,
	buildHomeInput,
	buildOrganization
} from '../../../../tests/reference/register-factories.ts';
import { systemActor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { isAppError } from '../errors.ts';
import { createHome } from '../register/create-home.ts';
import { fileReport } from './file-report.ts';
import { getReport } from './list-report-versions.ts';
import { listProviderReports } from './list-provider-reports.ts';

const now = new Date('2026-11-22T12:00:00Z');

const figures = {
	youthDays: 300,
	intake: 2,
	dischargePlanned: 1,
	dischargeUnplanned: 0,
	waitingList: 3,
	averageStayDays: 280.5,
	educationPercent: 75,
	carersLeft: 1,
	carersJoined: 1,
	openVacancies: 0,
	restraintIncidents: 2
};

async function homeWithOrg() {
	const org = await buildOrganization();
	const home = await createHome(org.manager, {
		organizationId: org.id,
		input: buildHomeInput({ places: 4 })
	});
	return { org, home };
}

async function refusal(promise: Promise<unknown>) {
	const err = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	if (!isAppError(err)) throw new Error(`expected an AppError, got ${String(err)}`);
	return err;
}

async function reportCount(homeId: string) {
	const [row] = await getDb()
		.select({ n: count() })
		.from(schema.quarterlyReport)
		.where(eq(schema.quarterlyReport.homeId, homeId));
	return row!.n;
}

describe('fileReport', () => {
	it('stores a report as version 1 and a correction as version 2, keeping who and when', async () => {
		const { org, home } = await homeWithOrg();
		const first = await fileReport(org.manager, { homeId: home.id, quarter: '2026K3', ...figures }, { now });
		expect(first).toMatchObject({ quarter: '2026Q3', version: 1, youthDays: 300, averageStayDays: 280.5 });
		const same = await fileReport(org.manager, { homeId: home.id, quarter: '2026Q3', ...figures }, { now });
		expect(same.version).toBe(1);
		const corrected = await fileReport(
			org.manager,
			{ homeId: home.id, quarter: '2026Q3', ...figures, youthDays: '310', educationPercent: '80' },
			{ now }
		);
		expect(corrected).toMatchObject({ id: first.id, version: 2, youthDays: 310, educationPercent: 80 });
		const read = await getReport(org.member, { homeId: home.id, quarter: '2026Q3' });
		expect(read.report?.youthDays).toBe(310);
		expect(read.versions.map((v) => [v.version, v.kind, v.values.youthDays])).toEqual([
			[2, 'corrected', 310],
			[1, 'filed', 300]
		]);
		expect(read.versions[0]!.actorName).toMatch(/^Persoon/);
	});

	it('refuses invalid figures with a Dutch message per field and stores nothing', async () => {
		const { org, home } = await homeWithOrg();
		const err = await refusal(
			fileReport(
				org.manager,
				{
					homeId: home.id,
					quarter: '2026Q9',
					...figures,
					educationPercent: 120,
					intake: -1,
					averageStayDays: 'lang'
				},
				{ now }
			)
		);
		expect(err.code).toBe('invalid-input');
		const paths = err.fieldErrors.map((e) => e.path).sort();
		expect(paths).toEqual(['averageStayDays', 'educationPercent', 'intake', 'quarter']);
		expect(err.fieldErrors.find((e) => e.path === 'educationPercent')!.message).toContain(
			'Deelname onderwijs'
		);
		expect(await reportCount(home.id)).toBe(0);
	});

	it('refuses more youth-days than places × days, and a quarter that has not begun', async () => {
		const { org, home } = await homeWithOrg();
		const tooMany = await refusal(
			fileReport(
				org.manager,
				{ homeId: home.id, quarter: '2026Q3', ...figures, youthDays: 4 * 92 + 1 },
				{ now }
			)
		);
		expect(tooMany.fieldErrors).toEqual([
			{ path: 'youthDays', message: expect.stringContaining('4 plaatsen × 92 dagen') }
		]);
		await fileReport(
			org.manager,
			{ homeId: home.id, quarter: '2026Q3', ...figures, youthDays: 4 * 92 },
			{ now }
		);
		const future = await refusal(
			fileReport(org.manager, { homeId: home.id, quarter: '2027Q1', ...figures }, { now })
		);
		expect(future.fieldErrors.map((e) => e.path)).toEqual(['quarter']);
	});

	it('lets only managers of the home’s provider and admins file; others are refused', async () => {
		const { org, home } = await homeWithOrg();
		const other = await buildOrganization();
		const researcher = await buildActor('researcher');
		const input = { homeId: home.id, quarter: '2026Q2', ...figures };
		expect((await refusal(fileReport(other.manager, input, { now }))).code).toBe('forbidden');
		expect((await refusal(fileReport(org.member, input, { now }))).code).toBe('forbidden');
		expect((await refusal(fileReport(researcher, input, { now }))).code).toBe('forbidden');
		expect((await refusal(fileReport(null, input, { now }))).code).toBe('unauthenticated');
		expect(await reportCount(home.id)).toBe(0);
		await fileReport(systemActor, input, { now });
		expect(await reportCount(home.id)).toBe(1);
	});

	it('shows a provider’s reports per home to its members and researchers, not to other organisations', async () => {
		const { org, home } = await homeWithOrg();
		await fileReport(org.manager, { homeId: home.id, quarter: '2026Q3', ...figures }, { now });
		const overview = await listProviderReports(org.member, { organizationId: org.id, now });
		expect(overview.quarters[0]).toBe('2026Q3');
		expect(overview.canFile).toBe(false);
		expect(overview.homes[0]!.reports[0]?.youthDays).toBe(300);
		expect(overview.homes[0]!.reports[1]).toBeNull();
		expect((await listProviderReports(org.manager, { organizationId: org.id, now })).canFile).toBe(true);
		const researcher = await buildActor('researcher');
		expect((await listProviderReports(researcher, { organizationId: org.id, now })).homes).toHaveLength(1);
		const other = await buildOrganization();
		expect((await refusal(listProviderReports(other.manager, { organizationId: org.id, now }))).code).toBe(
			'forbidden'
		);
		expect((await refusal(getReport(other.member, { homeId: home.id, quarter: '2026Q3' }))).code).toBe(
			'forbidden'
		);
		expect((await refusal(getReport(null, { homeId: home.id, quarter: '2026Q3' }))).code).toBe(
			'unauthenticated'
		);
	});

	it('deletes reports with their home', async () => {
		const { org, home } = await homeWithOrg();
		await fileReport(org.manager, { homeId: home.id, quarter: '2026Q3', ...figures }, { now });
		await getDb().delete(schema.home).where(eq(schema.home.id, home.id));
		expect(await reportCount(home.id)).toBe(0);
	});
});
