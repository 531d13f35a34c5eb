import { asc, eq } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { assertCanReadHomes } from './home-access.ts';
import { exportColumnNames, exportRowOf } from './home-columns.ts';
import { inputOfRow, type HomeStatus } from './home-view.ts';
import type { SpreadsheetFormat } from './read-spreadsheet.ts';

export interface ExportFile {
	fileName: string;
	contentType: string;
	body: Uint8Array;
}

const contentTypes: Record<SpreadsheetFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/**
 * Every home of an organisation (archived ones too) as CSV or XLSX, with the column names import
 * reads. CSV is UTF-8 with BOM, ";"-separated with decimal commas, as Dutch Excel expects.
 * Members may export: the file holds the private details they may already read.
 */
export async function exportHomes(
	actor: Actor | null | undefined,
	options: { organizationId: string; format: SpreadsheetFormat }
): Promise<ExportFile> {
	await assertCanReadHomes(actor, options.organizationId);
	if (options.format !== 'csv' && options.format !== 'xlsx') {
		throw new AppError('invalid-input', m.register.transfer.format, [
			{ path: 'format', message: m.register.transfer.format }
		]);
	}
	const rows = await getDb()
		.select()
		.from(schema.home)
		.where(eq(schema.home.organizationId, options.organizationId))
		.orderBy(asc(schema.home.name), asc(schema.home.id));
	const records = rows.map((row) => exportRowOf(row.id, inputOfRow(row), row.status as HomeStatus));
	const date = new Date().toISOString().slice(0, 10);
	const fileName = `woningen-${date}.${options.format}`;

	if (options.format === 'csv') {
		const withCommas = records.map((record) =>
			record.map((cell) => (typeof cell === 'number' ? String(cell).replace('.', ',') : cell))
		);
		const text = stringify([exportColumnNames, ...withCommas], { delimiter: ';', record_delimiter: '\r\n' });
		return { fileName, contentType: contentTypes.csv, body: new TextEncoder().encode(`\uFEFF${text}`) };
	}
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Woningen');
	sheet.addRow(exportColumnNames);
	sheet.getRow(1).font = { bold: true };
	for (const record of records) sheet.addRow(record);
	sheet.columns.forEach((column) => (column.width = 18));
	const buffer = await workbook.xlsx.writeBuffer();
	return { fileName, contentType: contentTypes.xlsx, body: new Uint8Array(buffer as ArrayBuffer) };
}
