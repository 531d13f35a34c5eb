import { format, m } from '../i18n/nl.ts';
import type { Shift } from './roster.ts';

const dayNames = m.register.labels.weekdayShort;
const weekdayOf = new Map<string, number>(
	Object.entries(dayNames).map(([number, name]) => [name, Number(number)])
);

/** Spelling of an empty roster in a spreadsheet cell (an empty cell means "not given"). */
export const EMPTY_ROSTER_TEXT = 'geen';

/**
 * The roster as one readable spreadsheet cell: "ma 07:00-15:00 x1; ma 15:00-23:00 x1; …".
 * Days ma di wo do vr za zo; "xN" is the number of carers; an end not after the start runs past midnight.
 */
export function formatRosterText(roster: readonly Shift[] | undefined): string {
	if (roster === undefined) return '';
	if (roster.length === 0) return EMPTY_ROSTER_TEXT;
	return roster
		.map((s) => `${dayNames[s.weekday as keyof typeof dayNames]} ${s.start}-${s.end} x${s.carers}`)
		.join('; ');
}

const partPattern = /^([a-z]{2})\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})(?:\s*x\s*(\d+))?$/;

/** Reads the spreadsheet spelling of a roster back ("xN" may be left out for one carer). */
export function parseRosterText(text: string): { roster: Shift[] | undefined } | { error: string } {
	const trimmed = text.trim();
	if (trimmed === '') return { roster: undefined };
	if (trimmed.toLowerCase() === EMPTY_ROSTER_TEXT) return { roster: [] };
	const roster: Shift[] = [];
	for (const raw of trimmed.split(/[;\n]+/)) {
		const part = raw.trim().toLowerCase();
		if (part === '') continue;
		const match = partPattern.exec(part);
		if (!match) return { error: format(m.register.transfer.rosterPart, { part: raw.trim() }) };
		const [, day, start, end, carers] = match as unknown as [
			string,
			string,
			string,
			string,
			string | undefined
		];
		const weekday = weekdayOf.get(day);
		if (weekday === undefined) return { error: format(m.register.transfer.rosterDay, { day }) };
		// Spreadsheets often drop the leading zero ("7:00"); the schema still judges the hours and minutes.
		roster.push({
			weekday,
			start: start.padStart(5, '0'),
			end: end.padStart(5, '0'),
			carers: carers === undefined ? 1 : Number(carers)
		});
	}
	return { roster };
}
