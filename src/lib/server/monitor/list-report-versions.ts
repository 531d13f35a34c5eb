import { and, desc, eq } from 'drizzle-orm';
import type { QuarterKey } from '../../monitor/quarter.ts';
import { quarterSchema, type ReportValues } from '../../monitor/report-input.ts';
import { canManageOrganization, type Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { parseInput } from '../validation.ts';
import { recordOf, reportHomeOf, type ReportRecord } from './file-report.ts';
import { assertCanReadReports, requireMonitorActor } from './report-access.ts';

/** One version of a report: the figures then, who filed them and when. */
export interface ReportVersion {
	version: number;
	kind: 'filed' | 'corrected' | 'imported';
	values: ReportValues;
	actorName: string | null;
	createdAt: string;
}

/**
 * The current report of a home for a quarter (or null) with every version, newest first; for
 * members of the provider, researchers and admins.
 */
export async function getReport(
	actor: Actor | null | undefined,
	options: { homeId: string; quarter: string }
): Promise<{
	home: { id: string; name: string; places: number | null; organizationId: string };
	quarter: QuarterKey;
	report: ReportRecord | null;
	versions: ReportVersion[];
	canFile: boolean;
}> {
	requireMonitorActor(actor);
	const home = await reportHomeOf(options.homeId);
	const known = await assertCanReadReports(actor, home.organizationId);
	const quarter = parseInput(quarterSchema, options.quarter);
	const canFile = await canManageOrganization(known, home.organizationId);
	const [row] = await getDb()
		.select()
		.from(schema.quarterlyReport)
		.where(and(eq(schema.quarterlyReport.homeId, home.id), eq(schema.quarterlyReport.quarter, quarter)));
	if (!row) return { home, quarter, report: null, versions: [], canFile };
	const versions = await getDb()
		.select()
		.from(schema.quarterlyReportVersion)
		.where(eq(schema.quarterlyReportVersion.reportId, row.id))
		.orderBy(desc(schema.quarterlyReportVersion.version));
	return {
		home,
		quarter,
		canFile,
		report: recordOf(row),
		versions: versions.map((v) => ({
			version: v.version,
			kind: v.kind as ReportVersion['kind'],
			values: v.values,
			actorName: v.actorName,
			createdAt: v.createdAt.toISOString()
		}))
	};
}
