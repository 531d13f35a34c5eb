import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import type { QuarterKey } from '../../monitor/quarter.ts';
import {
	checkReportAgainstHome,
	reportFields,
	reportInputSchema,
	type ReportValues
} from '../../monitor/report-input.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema, type Database } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { actorNameOf } from '../register/home-access.ts';
import { parseInput } from '../validation.ts';
import { assertCanFileReports, requireMonitorActor } from './report-access.ts';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** A stored report as the functions return it. */
export interface ReportRecord extends ReportValues {
	id: string;
	homeId: string;
	quarter: QuarterKey;
	version: number;
	updatedAt: string;
}

/** The home a report is about, with what validation needs; AppError when it is unknown. */
export async function reportHomeOf(homeId: string) {
	const [home] = await getDb()
		.select({
			id: schema.home.id,
			name: schema.home.name,
			organizationId: schema.home.organizationId,
			places: schema.home.places
		})
		.from(schema.home)
		.where(eq(schema.home.id, homeId));
	if (!home) {
		throw new AppError('invalid-input', m.monitor.report.homeUnknown, [
			{ path: 'homeId', message: m.monitor.report.homeUnknown }
		]);
	}
	return home;
}

/** Only the figures of a row or input, in one fixed shape (for versions and comparisons). */
export function valuesOf(source: ReportValues): ReportValues {
	return Object.fromEntries(reportFields.map((field) => [field, Number(source[field])])) as ReportValues;
}

/**
 * Writes the figures of one home and quarter inside a transaction: a new report (version 1), or
 * a correction as the next version. Unchanged figures make no new version (`isChanged` false).
 */
export async function saveReport(
	tx: Transaction,
	home: { id: string; organizationId: string },
	quarter: QuarterKey,
	values: ReportValues,
	author: { actorId: string | null; actorName: string | null },
	kind: 'filed' | 'imported'
): Promise<{ record: ReportRecord; isChanged: boolean }> {
	const [current] = await tx
		.select()
		.from(schema.quarterlyReport)
		.where(and(eq(schema.quarterlyReport.homeId, home.id), eq(schema.quarterlyReport.quarter, quarter)))
		.for('update');
	const figures = valuesOf(values);
	const now = new Date();
	let row;
	if (!current) {
		[row] = await tx
			.insert(schema.quarterlyReport)
			.values({ id: randomUUID(), homeId: home.id, organizationId: home.organizationId, quarter, ...figures })
			.onConflictDoNothing()
			.returning();
		// Someone filed the same quarter at the same moment: treat ours as a correction of theirs.
		if (!row) return saveReport(tx, home, quarter, values, author, kind);
	} else {
		const isSame = reportFields.every((field) => Number(current[field]) === figures[field]);
		if (isSame) return { record: recordOf(current), isChanged: false };
		[row] = await tx
			.update(schema.quarterlyReport)
			.set({ ...figures, version: current.version + 1, updatedAt: now })
			.where(eq(schema.quarterlyReport.id, current.id))
			.returning();
	}
	await tx.insert(schema.quarterlyReportVersion).values({
		id: randomUUID(),
		reportId: row!.id,
		version: row!.version,
		kind: current ? 'corrected' : kind,
		values: figures,
		...author
	});
	return { record: recordOf(row!), isChanged: true };
}

/** The API shape of a stored report row. */
export function recordOf(row: typeof schema.quarterlyReport.$inferSelect): ReportRecord {
	return {
		id: row.id,
		homeId: row.homeId,
		quarter: row.quarter as QuarterKey,
		version: row.version,
		updatedAt: row.updatedAt.toISOString(),
		...valuesOf(row)
	};
}

/**
 * Files (or corrects) the quarterly report of one home: managers of the home's provider and
 * admins. Validates the figures against the home's places and the quarter; keeps every version.
 */
export async function fileReport(
	actor: Actor | null | undefined,
	input: unknown,
	options: { now?: Date } = {}
): Promise<ReportRecord> {
	requireMonitorActor(actor);
	const raw = (input ?? {}) as Record<string, unknown>;
	const home = await reportHomeOf(typeof raw.homeId === 'string' ? raw.homeId : '');
	const known = await assertCanFileReports(actor, home.organizationId);
	const parsed = parseInput(reportInputSchema, input);
	const problems = checkReportAgainstHome(parsed, {
		quarter: parsed.quarter,
		places: home.places,
		today: options.now ?? new Date()
	});
	if (problems.length > 0) throw new AppError('invalid-input', 'De invoer is niet geldig.', problems);
	const author = await actorNameOf(known);
	const { record } = await getDb().transaction((tx) =>
		saveReport(tx, home, parsed.quarter, parsed, author, 'filed')
	);
	return record;
}
