/** A calendar quarter as stored and in the API: "2025Q3". Pure helpers, no clock inside. */
export type QuarterKey = `${number}Q${1 | 2 | 3 | 4}`;

const QUARTER = /^\s*(\d{4})\s*[-\s]?\s*[QqKk]\s*([1-4])\s*$/;

/** The quarter key for text like "2025Q3", "2025K3" or "2025-K3"; undefined when it is not one. */
export function parseQuarter(text: string): QuarterKey | undefined {
	const match = QUARTER.exec(text);
	return match ? (`${Number(match[1])}Q${Number(match[2])}` as QuarterKey) : undefined;
}

/** Year and quarter number (1–4) of a key. */
export function splitQuarter(key: QuarterKey): { year: number; quarter: number } {
	const [year, quarter] = key.split('Q').map(Number);
	return { year: year!, quarter: quarter! };
}

/** The key of a year and quarter number. */
export function quarterKey(year: number, quarter: number): QuarterKey {
	return `${year}Q${quarter}` as QuarterKey;
}

/** How a quarter reads in the Dutch UI: "2025 K3". */
export function formatQuarter(key: QuarterKey): string {
	const { year, quarter } = splitQuarter(key);
	return `${year} K${quarter}`;
}

/** The first day (UTC midnight) of the quarter. */
export function quarterStart(key: QuarterKey): Date {
	const { year, quarter } = splitQuarter(key);
	return new Date(Date.UTC(year, (quarter - 1) * 3, 1));
}

/** The first day (UTC midnight) after the quarter. */
export function quarterEnd(key: QuarterKey): Date {
	return quarterStart(nextQuarter(key));
}

/** The number of days in the quarter (90–92). */
export function daysInQuarter(key: QuarterKey): number {
	return Math.round((quarterEnd(key).getTime() - quarterStart(key).getTime()) / 86_400_000);
}

/** The quarter after this one. */
export function nextQuarter(key: QuarterKey): QuarterKey {
	const { year, quarter } = splitQuarter(key);
	return quarter === 4 ? quarterKey(year + 1, 1) : quarterKey(year, quarter + 1);
}

/** The quarter before this one. */
export function previousQuarter(key: QuarterKey): QuarterKey {
	const { year, quarter } = splitQuarter(key);
	return quarter === 1 ? quarterKey(year - 1, 4) : quarterKey(year, quarter - 1);
}

/** The quarter a moment falls in (UTC). */
export function quarterOf(date: Date): QuarterKey {
	return quarterKey(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) + 1);
}

/** Every quarter from `from` to `to`, both included, in order (empty when `to` is before `from`). */
export function quartersBetween(from: QuarterKey, to: QuarterKey): QuarterKey[] {
	const out: QuarterKey[] = [];
	for (let q = from; compareQuarters(q, to) <= 0; q = nextQuarter(q)) out.push(q);
	return out;
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareQuarters(a: QuarterKey, b: QuarterKey): number {
	const x = splitQuarter(a);
	const y = splitQuarter(b);
	return x.year - y.year || x.quarter - y.quarter;
}
