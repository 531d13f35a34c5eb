const dateFormat = new Intl.DateTimeFormat('nl-NL', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'Europe/Amsterdam'
});

/** A date (YYYY-MM-DD or ISO moment) in Dutch, e.g. "1 juni 2027". */
export function formatDate(value: string): string {
	const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
	return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

const momentFormat = new Intl.DateTimeFormat('nl-NL', {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'Europe/Amsterdam'
});

/** A moment (ISO string) in Dutch with date and time, e.g. "3 mrt 2027 14:05". */
export function formatMoment(value: string): string {
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? value : momentFormat.format(date);
}
