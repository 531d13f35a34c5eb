import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { format, m } from '../../i18n/nl.ts';
import { homeInputSchema } from '../../register/home-input.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError, isAppError } from '../errors.ts';
import { fieldErrorsOf } from '../validation.ts';
import { appendVersion } from './append-version.ts';
import { insertHome, providerNameOf } from './create-home.ts';
import { actorNameOf, assertCanChangeHomes } from './home-access.ts';
import {
	columnOfPath,
	exportColumnNames,
	ID_COLUMN,
	inputOfImportRow,
	requiredColumnNames
} from './home-columns.ts';
import { diffInputs } from './home-record.ts';
import { inputOfRow } from './home-view.ts';
import { readSpreadsheet, type SpreadsheetFormat } from './read-spreadsheet.ts';

const tr = m.register.transfer;

/** At most this many homes per file: enough for the largest provider, small enough for one request. */
export const MAX_IMPORT_ROWS = 2000;

/** One problem in one row: the spreadsheet row number (header = 1), the column and a Dutch message. */
export interface ImportError {
	row: number;
	column: string;
	message: string;
}

export interface ImportReport {
	/** Data rows read (empty rows not counted). */
	rows: number;
	created: number;
	updated: number;
	unchanged: number;
	errors: ImportError[];
}

const importOptionsSchema = z.object({
	organizationId: z.string(),
	format: z.enum(['csv', 'xlsx'], tr.format),
	data: z.instanceof(Uint8Array)
});

function fileProblem(message: string): AppError {
	return new AppError('invalid-input', message, [{ path: 'file', message }]);
}

/**
 * Imports homes from CSV or XLSX with the export's column names. Each row is validated with
 * homeInputSchema and saved in its own transaction (all or nothing per row): a row with the id of
 * a home of this organisation updates it, one without creates a home. Invalid rows are reported
 * with row, column and Dutch message; the valid rows are imported.
 */
export async function importHomes(
	actor: Actor | null | undefined,
	options: { organizationId: string; format: SpreadsheetFormat; data: Uint8Array }
): Promise<ImportReport> {
	const known = await assertCanChangeHomes(actor, options.organizationId);
	const parsed = importOptionsSchema.safeParse(options);
	if (!parsed.success) throw new AppError('invalid-input', tr.format, fieldErrorsOf(parsed.error));
	await providerNameOf(options.organizationId);

	const sheet = await readSpreadsheet(options.format, options.data);
	const header = sheet.header;
	if (header.every((name) => name === '')) throw fileProblem(tr.empty);
	const unknown = header.filter((name) => name !== '' && !exportColumnNames.includes(name));
	if (unknown.length > 0) throw fileProblem(format(tr.unknownColumns, { columns: unknown.join(', ') }));
	const missing = requiredColumnNames.filter((name) => !header.includes(name));
	if (missing.length > 0) throw fileProblem(format(tr.missingColumns, { columns: missing.join(', ') }));
	const rows = sheet.rows.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
	if (rows.length > MAX_IMPORT_ROWS) throw fileProblem(format(tr.tooManyRows, { max: MAX_IMPORT_ROWS }));

	const author = await actorNameOf(known);
	const report: ImportReport = { rows: rows.length, created: 0, updated: 0, unchanged: 0, errors: [] };
	const seenIds = new Set<string>();
	for (const { row, cells } of rows) {
		const byName: Record<string, string> = {};
		header.forEach((name, i) => {
			if (name !== '') byName[name] = (cells[i] ?? '').trim();
		});
		const rowErrors: ImportError[] = [];
		// More cells than columns: usually an unquoted separator inside a cell, so the row is misread.
		if (cells.slice(header.length).some((cell) => cell.trim() !== '')) {
			report.errors.push({ row, column: '', message: tr.extraCells });
			continue;
		}
		const id = byName[ID_COLUMN] ?? '';
		if (id !== '' && seenIds.has(id)) rowErrors.push({ row, column: ID_COLUMN, message: tr.duplicateId });
		if (id !== '') seenIds.add(id);

		const { raw, rosterError } = inputOfImportRow(byName);
		if (rosterError) rowErrors.push({ row, column: 'rooster', message: rosterError });
		const result = homeInputSchema.safeParse(raw);
		if (!result.success) {
			for (const error of fieldErrorsOf(result.error)) {
				const shift = /^roster\/(\d+)\//.exec(error.path);
				const message = shift
					? format(tr.shift, { number: Number(shift[1]) + 1, message: error.message })
					: error.message;
				rowErrors.push({ row, column: columnOfPath(error.path), message });
			}
		}
		let existing: typeof schema.home.$inferSelect | undefined;
		if (id !== '' && rowErrors.length === 0) {
			[existing] = await getDb().select().from(schema.home).where(eq(schema.home.id, id));
			if (!existing || existing.organizationId !== options.organizationId) {
				rowErrors.push({ row, column: ID_COLUMN, message: tr.unknownHome });
			}
		}
		if (rowErrors.length > 0 || !result.success) {
			report.errors.push(...rowErrors);
			continue;
		}
		const input = result.data;
		try {
			if (!existing) {
				await getDb().transaction((tx) => insertHome(tx, options.organizationId, input, author, 'imported'));
				report.created++;
			} else if (diffInputs(inputOfRow(existing), input).length === 0) {
				report.unchanged++;
			} else {
				const current = existing;
				await getDb().transaction((tx) => appendVersion(tx, current, input, { kind: 'imported', author }));
				report.updated++;
			}
		} catch (error) {
			// Someone saved the same home meanwhile: this row is skipped whole, the others go on.
			if (!isAppError(error) || error.code !== 'conflict') throw error;
			report.errors.push({ row, column: ID_COLUMN, message: error.message });
		}
	}
	return report;
}
