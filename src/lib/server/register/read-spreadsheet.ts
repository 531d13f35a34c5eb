import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { format, m } from '../../i18n/nl.ts';
import { AppError } from '../errors.ts';

export type SpreadsheetFormat = 'csv' | 'xlsx';

/** The header names and the data rows (cell texts) of a spreadsheet; row numbers as shown in it. */
export interface Sheet {
	header: string[];
	rows: { row: number; cells: string[] }[];
}

function unreadable(fileFormat: SpreadsheetFormat): AppError {
	const message = format(m.register.transfer.unreadable, { format: fileFormat.toUpperCase() });
	return new AppError('invalid-input', message, [{ path: 'file', message }]);
}

// Dutch Excel writes CSV with ";", most other tools with ","; the header line tells which.
function delimiterOf(text: string): string {
	const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
	return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function readCsv(data: Uint8Array): Sheet {
	const text = new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
	let records: string[][];
	try {
		records = parse(text, {
			delimiter: delimiterOf(text),
			relax_column_count: true,
			skip_empty_lines: false
		}) as string[][];
	} catch {
		throw unreadable('csv');
	}
	const [header = [], ...rest] = records;
	return { header, rows: rest.map((cells, i) => ({ row: i + 2, cells })) };
}

// exceljs gives numbers, booleans, dates, rich text, hyperlinks and formula results; we want text.
function textOf(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	if (typeof value === 'boolean') return value ? 'ja' : 'nee';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('text' in value && typeof value.text === 'string') return value.text;
	if ('result' in value) return textOf(value.result as ExcelJS.CellValue);
	return '';
}

async function readXlsx(data: Uint8Array): Promise<Sheet> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
	} catch {
		throw unreadable('xlsx');
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) return { header: [], rows: [] };
	const width = sheet.columnCount;
	const cellsOf = (row: ExcelJS.Row) =>
		Array.from({ length: width }, (_, i) => textOf(row.getCell(i + 1).value));
	const header = sheet.rowCount > 0 ? cellsOf(sheet.getRow(1)) : [];
	const rows: Sheet['rows'] = [];
	for (let number = 2; number <= sheet.rowCount; number++)
		rows.push({ row: number, cells: cellsOf(sheet.getRow(number)) });
	return { header, rows };
}

/** Reads a CSV (UTF-8, "," or ";") or XLSX file (first worksheet) into header and rows of text. */
export async function readSpreadsheet(fileFormat: SpreadsheetFormat, data: Uint8Array): Promise<Sheet> {
	const sheet = fileFormat === 'csv' ? readCsv(data) : await readXlsx(data);
	return { header: sheet.header.map((name) => name.trim().toLowerCase()), rows: sheet.rows };
}
