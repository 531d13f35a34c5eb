import { eq } from 'drizzle-orm';
import { format, m } from '../../i18n/nl.ts';
import { checkReportAgainstHome, reportFields, reportInputSchema } from '../../monitor/report-input.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { actorNameOf } from '../register/home-access.ts';
import { readSpreadsheet, type SpreadsheetFormat } from '../register/read-spreadsheet.ts';
import { fieldErrorsOf } from '../validation.ts';
import { saveReport, valuesOf } from './file-report.ts';
import { assertCanFileReports } from './report-access.ts';

const t = m.monitor.importPage;

/** At most this many rows per file (a large provider's year of reports). */
export const MAX_REPORT_ROWS = 5000;

/** The columns of an import file, in order (header names are matched without regard to case). */
export const reportColumns = ['homeId', 'quarter', ...reportFields] as const;

/** What happened to one row: saved (new or corrected), unchanged, or invalid with the reasons. */
export interface ImportRowResult {
	row: number;
	homeId: string;
	quarter: string;
	status: 'saved' | 'unchanged' | 'invalid';
	errors: { column: string; message: string }[];
}

export interface ReportImport {
	saved: number;
	unchanged: number;
	invalid: number;
	rows: ImportRowResult[];
}

function fileProblem(message: string): AppError {
	return new AppError('invalid-input', message, [{ path: 'file', message }]);
}

/**
 * Imports quarterly reports of many homes of one provider from CSV or XLSX, one row per home and
 * quarter. Every row is validated like the form and saved on its own (a correction becomes a new
 * version); the result tells per row what happened, so valid rows are never lost to invalid ones.
 */
export async function importReports(
	actor: Actor | null | undefined,
	options: { organizationId: string; format: SpreadsheetFormat; data: Uint8Array; now?: Date }
): Promise<ReportImport> {
	const known = await assertCanFileReports(actor, options.organizationId);
	const sheet = await readSpreadsheet(options.format, options.data);
	if (sheet.header.every((name) => name === '')) throw fileProblem(t.empty);
	const byLower = new Map(reportColumns.map((c) => [c.toLowerCase(), c]));
	const unknown = sheet.header.filter((name) => name !== '' && !byLower.has(name));
	if (unknown.length > 0) throw fileProblem(format(t.unknownColumns, { columns: unknown.join(', ') }));
	const missing = reportColumns.filter((c) => !sheet.header.includes(c.toLowerCase()));
	if (missing.length > 0) throw fileProblem(format(t.missingColumns, { columns: missing.join(', ') }));
	const rows = sheet.rows.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
	if (rows.length > MAX_REPORT_ROWS) throw fileProblem(t.tooManyRows);

	const homes = await getDb()
		.select({ id: schema.home.id, organizationId: schema.home.organizationId, places: schema.home.places })
		.from(schema.home)
		.where(eq(schema.home.organizationId, options.organizationId));
	const homeById = new Map(homes.map((h) => [h.id, h]));
	const author = await actorNameOf(known);
	const result: ReportImport = { saved: 0, unchanged: 0, invalid: 0, rows: [] };
	for (const { row, cells } of rows) {
		const record: Record<string, string> = {};
		sheet.header.forEach((name, i) => {
			const column = byLower.get(name);
			if (column) record[column] = (cells[i] ?? '').trim();
		});
		const outcome: ImportRowResult = {
			row,
			homeId: record.homeId ?? '',
			quarter: record.quarter ?? '',
			status: 'invalid',
			errors: []
		};
		result.rows.push(outcome);
		const home = homeById.get(outcome.homeId);
		if (!home) {
			outcome.errors.push({ column: 'homeId', message: t.otherProvider });
			result.invalid += 1;
			continue;
		}
		const parsed = reportInputSchema.safeParse(record);
		if (!parsed.success) {
			outcome.errors = fieldErrorsOf(parsed.error).map((e) => ({
				column: e.path || 'homeId',
				message: e.message
			}));
			result.invalid += 1;
			continue;
		}
		const problems = checkReportAgainstHome(parsed.data, {
			quarter: parsed.data.quarter,
			places: home.places,
			today: options.now ?? new Date()
		});
		if (problems.length > 0) {
			outcome.errors = problems.map((p) => ({ column: p.path, message: p.message }));
			result.invalid += 1;
			continue;
		}
		outcome.quarter = parsed.data.quarter;
		const { isChanged } = await getDb().transaction((tx) =>
			saveReport(tx, home, parsed.data.quarter, valuesOf(parsed.data), author, 'imported')
		);
		outcome.status = isChanged ? 'saved' : 'unchanged';
		if (isChanged) result.saved += 1;
		else result.unchanged += 1;
	}
	return result;
}
