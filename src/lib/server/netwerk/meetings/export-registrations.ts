import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { m } from '../../../i18n/nl.ts';
import type { Actor } from '../../accounts/actor.ts';
import { AppError } from '../../errors.ts';
import { listRegistrations } from './list-registrations.ts';

const t = m.netwerk.meetings;

/** A file to download. */
export interface ExportFile {
	fileName: string;
	contentType: string;
	body: Uint8Array;
}

const contentTypes = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const;

const dateTime = new Intl.DateTimeFormat('nl-NL', {
	timeZone: 'Europe/Amsterdam',
	dateStyle: 'short',
	timeStyle: 'short'
});

/**
 * The registrations of a meeting as CSV (UTF-8 with BOM, ";"-separated, as Dutch Excel expects)
 * or XLSX (coordinator only): name, e-mail, organisation, status, waiting place, date, attendance.
 */
export async function exportRegistrations(
	actor: Actor | null | undefined,
	options: { meetingId: string; format: unknown }
): Promise<ExportFile> {
	const formatName = options.format;
	if (formatName !== 'csv' && formatName !== 'xlsx') {
		throw new AppError('invalid-input', m.register.transfer.format, [{ path: 'format', message: m.register.transfer.format }]);
	}
	const { meeting, registrations } = await listRegistrations(actor, { meetingId: options.meetingId });
	const records = registrations.map((row) => [
		row.name,
		row.email,
		row.organization ?? '',
		t.registrations.statusLabels[row.status],
		row.position === null ? '' : String(row.position),
		dateTime.format(row.registeredAt),
		row.attended === null ? '' : row.attended ? t.export.yes : t.export.no
	]);
	const header = [...t.export.columns];
	const fileName = `aanmeldingen-${meeting.startsAt.toISOString().slice(0, 10)}-${meeting.id.slice(0, 8)}.${formatName}`;
	if (formatName === 'csv') {
		const text = stringify([header, ...records], { delimiter: ';', record_delimiter: '\r\n' });
		return { fileName, contentType: contentTypes.csv, body: new TextEncoder().encode(`\uFEFF${text}`) };
	}
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet(t.export.sheet);
	sheet.addRow(header);
	sheet.getRow(1).font = { bold: true };
	for (const record of records) sheet.addRow(record);
	sheet.columns.forEach((column) => (column.width = 22));
	const buffer = await workbook.xlsx.writeBuffer();
	return { fileName, contentType: contentTypes.xlsx, body: new Uint8Array(buffer as ArrayBuffer) };
}
