import { m } from '../i18n/nl.ts';
import type { Cell } from './figures.ts';

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('nl-NL', {
	style: 'percent',
	minimumFractionDigits: 1,
	maximumFractionDigits: 1
});

/** How a cell reads: "1.234", "78,5%", "<5", "afgeschermd" or "–", with a title that explains. */
export function formatCell(
	cell: Cell,
	kind: 'count' | 'ratio'
): { text: string; title?: string; isHidden: boolean } {
	if (cell.value === null) {
		const note = cell.note ?? 'no-data';
		return { text: m.monitor.notes[note], title: m.monitor.noteTitles[note], isHidden: true };
	}
	return { text: kind === 'ratio' ? percent.format(cell.value) : whole.format(cell.value), isHidden: false };
}

/** A percentage (0–1) as "78,5%". */
export function formatShare(value: number): string {
	return percent.format(value);
}

/** A whole number as "1.234". */
export function formatCount(value: number): string {
	return whole.format(value);
}
