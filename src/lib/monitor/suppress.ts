import { isSmall, type Cell } from './figures.ts';

/** One count before suppression: its value, the number of homes behind it, and its filter siblings. */
export interface RawCount {
	value: number;
	/** Reporting homes behind the value (for register counts: the number of homes). */
	base: number;
	/** The same count with one filter dropped each: the difference must not be small either. */
	relaxed?: { value: number; base: number }[];
}

/** A published total and the parts it is the exact sum of (area keys). */
export interface SumConstraint {
	parent: string;
	children: readonly string[];
}

/** The first reason a count may not be published on its own, or undefined when it may. */
export function primaryNote(raw: RawCount): Cell['note'] {
	if (raw.base === 0) return 'no-data';
	if (isSmall(raw.value)) return 'small';
	if (isSmall(raw.base)) return 'few-homes';
	const isFilterLeak = (raw.relaxed ?? []).some(
		(r) => isSmall(r.value - raw.value) || isSmall(r.base - raw.base)
	);
	return isFilterLeak ? 'filter' : undefined;
}

/**
 * Suppresses one count over a set of areas (one figure, one quarter). Primary: small values,
 * values from fewer than 5 homes, and values whose difference with a less filtered value is
 * small. Secondary, until nothing changes: in every sum constraint where the hidden cells could be
 * recovered — exactly one hidden, or the hidden parts of a published total add up to a small value
 * or come from fewer than 5 homes — the smallest other published part is hidden too (the total if
 * there is none). "No data" cells (no homes) are known zeros, never hidden.
 */
export function suppressCounts(
	raws: ReadonlyMap<string, RawCount>,
	constraints: readonly SumConstraint[]
): Map<string, Cell> {
	const notes = new Map<string, Cell['note']>();
	for (const [key, raw] of raws) notes.set(key, primaryNote(raw));
	const isHidden = (key: string) => {
		const note = notes.get(key);
		return note !== undefined && note !== 'no-data';
	};
	const isOpen = (key: string) => raws.has(key) && notes.get(key) === undefined;

	let changed = true;
	while (changed) {
		changed = false;
		for (const { parent, children } of constraints) {
			if (!raws.has(parent)) continue;
			const hiddenChildren = children.filter(isHidden);
			const hiddenCount = hiddenChildren.length + (isHidden(parent) ? 1 : 0);
			if (hiddenCount === 0) continue;
			let isRecoverable = hiddenCount === 1;
			if (!isRecoverable && !isHidden(parent)) {
				const value = hiddenChildren.reduce((sum, key) => sum + raws.get(key)!.value, 0);
				const base = hiddenChildren.reduce((sum, key) => sum + raws.get(key)!.base, 0);
				isRecoverable = isSmall(value) || isSmall(base);
			}
			if (!isRecoverable) continue;
			const candidate = smallestOpen(children.filter(isOpen), raws) ?? (isOpen(parent) ? parent : undefined);
			if (candidate === undefined) continue;
			notes.set(candidate, 'secondary');
			changed = true;
		}
	}
	const out = new Map<string, Cell>();
	for (const [key, raw] of raws) {
		const note = notes.get(key);
		out.set(key, note === undefined ? { value: raw.value } : { value: null, note });
	}
	return out;
}

// Prefer hiding a non-zero part: hiding a zero tells little, but also protects little.
function smallestOpen(keys: string[], raws: ReadonlyMap<string, RawCount>): string | undefined {
	const byValue = (a: string, b: string) => raws.get(a)!.value - raws.get(b)!.value || a.localeCompare(b);
	const positive = keys.filter((k) => raws.get(k)!.value > 0).sort(byValue);
	return positive[0] ?? [...keys].sort(byValue)[0];
}
