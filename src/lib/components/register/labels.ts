import { format, m } from '../../i18n/nl.ts';

/** The catalogue's lower-case label with a capital first letter, for headings, badges and form labels. */
export function capitalised(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A moment as Dutch date and time in the Netherlands' time zone, e.g. "22 november 2026 om 21:40". */
export function formatMoment(iso: string): string {
	const date = new Date(iso);
	const day = date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
	const time = date.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
	return format(m.registerUi.moment, { date: day, time });
}

/**
 * A Dutch label for every error path in `errors`, for the error summary: field names from the
 * catalogue, roster paths as "Dienst 3: Begin (UU:MM)".
 */
export function errorLabelsOf(errors: Record<string, string> | undefined): Record<string, string> {
	const fields: Record<string, string> = m.register.labels.fields;
	const roster = m.registerUi.roster;
	const rosterFields: Record<string, string> = { weekday: roster.weekday, start: roster.start, end: roster.end, carers: roster.carers };
	const out: Record<string, string> = {};
	for (const path of Object.keys(errors ?? {})) {
		const row = /^roster\/(\d+)\/(\w+)$/.exec(path);
		if (row) {
			out[path] = format(roster.rowLabel, { number: Number(row[1]) + 1, field: rosterFields[row[2]!] ?? row[2]! });
			continue;
		}
		const label = fields[path] ?? fields[path.split('/')[0]!];
		if (label) out[path] = capitalised(label);
	}
	return out;
}
