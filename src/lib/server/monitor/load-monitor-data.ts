import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { CriterionId } from '../../register/check-facility.ts';
import type { Regime, Setting, TargetGroup } from '../../register/home-input.ts';
import type { BaseCell, MonitorFilters, MonitorHome } from '../../monitor/base-cells.ts';
import { filterKeys } from '../../monitor/base-cells.ts';
import { daysInQuarter, type QuarterKey } from '../../monitor/quarter.ts';
import { getDb, schema } from '../db/index.ts';

const { home, quarterlyReport: report } = schema;

/** The active homes of the register as the monitor sees them (optionally of one provider). */
export async function loadMonitorHomes(options: { organizationId?: string } = {}): Promise<MonitorHome[]> {
	const conditions: SQL[] = [eq(home.status, 'active')];
	if (options.organizationId) conditions.push(eq(home.organizationId, options.organizationId));
	const rows = await getDb()
		.select({
			id: home.id,
			organizationId: home.organizationId,
			regionCode: home.regionCode,
			provinceCode: home.provinceCode,
			setting: home.setting,
			regime: home.regime,
			targetGroup: home.targetGroup,
			places: home.places,
			teamSize: home.teamSize,
			verdict: home.verdict,
			check: home.check
		})
		.from(home)
		.where(and(...conditions));
	return rows.map((row) => ({
		id: row.id,
		organizationId: row.organizationId,
		regionCode: row.regionCode,
		provinceCode: row.provinceCode,
		setting: row.setting as Setting | null,
		regime: row.regime as Regime | null,
		targetGroup: row.targetGroup as TargetGroup | null,
		places: row.places,
		teamSize: row.teamSize,
		isMeeting: row.verdict === 'meets' || row.verdict === 'meets-with-remarks',
		failing: row.check.criteria.filter((c) => c.status === 'does-not-meet').map((c) => c.id as CriterionId)
	}));
}

/**
 * The base cells (jeugdregio × provincie × quarter) of the reports of active homes, summed by the
 * database: the in-memory `summariseReports` computes the same from rows (bench compares both).
 */
export async function loadBaseCells(options: {
	from: QuarterKey;
	to: QuarterKey;
	filters: MonitorFilters;
	organizationId?: string;
}): Promise<BaseCell[]> {
	const conditions: SQL[] = [
		eq(home.status, 'active'),
		// Keys sort like quarters within the years 1000–9999: "2025Q3" < "2025Q4" < "2026Q1".
		gte(report.quarter, options.from),
		lte(report.quarter, options.to)
	];
	for (const key of filterKeys) {
		const value = options.filters[key];
		if (value !== undefined) conditions.push(eq(home[key], value));
	}
	if (options.organizationId) conditions.push(eq(home.organizationId, options.organizationId));
	const int = (expression: SQL) => sql<number>`coalesce(${expression}, 0)::int`;
	const rows = await getDb()
		.select({
			regionCode: home.regionCode,
			provinceCode: home.provinceCode,
			quarter: report.quarter,
			reportingHomes: sql<number>`count(*)::int`,
			youthDays: int(sql`sum(${report.youthDays})`),
			places: int(sql`sum(${home.places})`),
			intake: int(sql`sum(${report.intake})`),
			dischargePlanned: int(sql`sum(${report.dischargePlanned})`),
			dischargeUnplanned: int(sql`sum(${report.dischargeUnplanned})`),
			waitingList: int(sql`sum(${report.waitingList})`),
			carersLeft: int(sql`sum(${report.carersLeft})`),
			carersJoined: int(sql`sum(${report.carersJoined})`),
			teamSize: int(sql`sum(${home.teamSize})`),
			openVacancies: int(sql`sum(${report.openVacancies})`),
			restraintIncidents: int(sql`sum(${report.restraintIncidents})`),
			// Same rounding as countsOfReport: half away from zero per home, then summed.
			educatedYouthDays: int(sql`sum(round(${report.youthDays} * ${report.educationPercent} / 100.0))`)
		})
		.from(report)
		.innerJoin(home, eq(home.id, report.homeId))
		.where(and(...conditions))
		.groupBy(home.regionCode, home.provinceCode, report.quarter);
	return rows.map(({ regionCode, provinceCode, quarter, places, ...counts }) => ({
		regionCode,
		provinceCode,
		quarter: quarter as QuarterKey,
		counts: {
			...counts,
			discharges: counts.dischargePlanned + counts.dischargeUnplanned,
			placeDays: places * daysInQuarter(quarter as QuarterKey)
		}
	}));
}

/** The first quarter with any report, or undefined when there are none. */
export async function firstReportedQuarter(): Promise<QuarterKey | undefined> {
	const [row] = await getDb()
		.select({ first: sql<string | null>`min(${report.quarter})` })
		.from(report);
	return (row?.first ?? undefined) as QuarterKey | undefined;
}
