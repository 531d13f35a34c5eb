import { and, asc, eq, inArray } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import { previousQuarter, quarterOf, type QuarterKey } from '../../monitor/quarter.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { recordOf, type ReportRecord } from './file-report.ts';
import { assertCanReadReports, canReadReports } from './report-access.ts';
import { canManageOrganization } from '../accounts/actor.ts';

/** A provider's active homes with their reports of the last quarters (null where missing). */
export interface ProviderReports {
	organization: { id: string; name: string };
	quarters: QuarterKey[];
	homes: { id: string; name: string; places: number | null; reports: (ReportRecord | null)[] }[];
	canFile: boolean;
}

/** The last `count` quarters that have ended before `now`, newest first. */
export function endedQuarters(now: Date, count: number): QuarterKey[] {
	const out: QuarterKey[] = [];
	let q = previousQuarter(quarterOf(now));
	for (let i = 0; i < count; i++, q = previousQuarter(q)) out.push(q);
	return out;
}

/**
 * The report overview of one provider: members, researchers and admins see it; `canFile` tells
 * whether the actor may file (managers and admins). Also includes the current, running quarter.
 */
export async function listProviderReports(
	actor: Actor | null | undefined,
	options: { organizationId: string; now?: Date; quarters?: number }
): Promise<ProviderReports> {
	const known = await assertCanReadReports(actor, options.organizationId);
	const [organization] = await getDb()
		.select({ id: schema.organization.id, name: schema.organization.name })
		.from(schema.organization)
		.where(eq(schema.organization.id, options.organizationId));
	if (!organization) throw new AppError('not-found', m.auth.errors.organizationNotFound);
	const now = options.now ?? new Date();
	const quarters = endedQuarters(now, options.quarters ?? 4);
	const homes = await getDb()
		.select({ id: schema.home.id, name: schema.home.name, places: schema.home.places })
		.from(schema.home)
		.where(and(eq(schema.home.organizationId, organization.id), eq(schema.home.status, 'active')))
		.orderBy(asc(schema.home.name));
	const rows =
		homes.length === 0
			? []
			: await getDb()
					.select()
					.from(schema.quarterlyReport)
					.where(
						and(
							inArray(
								schema.quarterlyReport.homeId,
								homes.map((h) => h.id)
							),
							inArray(schema.quarterlyReport.quarter, quarters)
						)
					);
	const byKey = new Map(rows.map((row) => [`${row.homeId}/${row.quarter}`, recordOf(row)]));
	return {
		organization,
		quarters,
		homes: homes.map((h) => ({ ...h, reports: quarters.map((q) => byKey.get(`${h.id}/${q}`) ?? null) })),
		canFile:
			(await canReadReports(known, organization.id)) && (await canManageOrganization(known, organization.id))
	};
}
