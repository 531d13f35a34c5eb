import { m } from '$lib/i18n/nl';

/** A calendar date "YYYY-MM-DD" in Dutch, e.g. "3 november 2026". */
export function formatDay(date: string): string {
	return new Date(`${date}T12:00:00Z`).toLocaleDateString('nl-NL', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
}

/** A moment in Dutch date and time in the Netherlands' time zone. */
export function formatMoment(at: Date | string): string {
	return new Date(at).toLocaleString('nl-NL', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Europe/Amsterdam'
	});
}

/** The Dutch label of a needs code (unknown codes as they are). */
export function needLabel(code: string): string {
	return m.matching.needs[code] ?? code;
}
