import type { Shift } from './roster.ts';

/** The roster with the shifts of weekday `from` copied onto each weekday in `to`, replacing theirs. */
export function copyDay(roster: readonly Shift[], from: number, to: readonly number[]): Shift[] {
	const targets = new Set(to.filter((day) => day !== from));
	const source = roster.filter((s) => s.weekday === from);
	const kept = roster.filter((s) => !targets.has(s.weekday));
	const copies = [...targets].flatMap((weekday) => source.map((s) => ({ ...s, weekday })));
	return [...kept, ...copies].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
}
