/** The raw rules of a submitted rules form, as the rules schema reads them. */
export interface RulesFormValues {
	incompatible: string[][];
	caution: string[][];
	weights: Record<string, string>;
}

const cell = /^(incompatible|caution)\/(\d{1,3})\/([012])$/;

/**
 * Reads the rules form: pair rows named `incompatible/{row}/{0|1}` and
 * `caution/{row}/{0|1|2}`, weights `weights/{name}`. Rows left wholly empty are dropped and the
 * rest renumbered, so the page re-renders from the result with errors on the right rows.
 */
export function rulesFromForm(form: FormData): RulesFormValues {
	const rows = { incompatible: new Map<number, string[]>(), caution: new Map<number, string[]>() };
	const weights: Record<string, string> = {};
	for (const [name, value] of form.entries()) {
		if (typeof value !== 'string') continue;
		const match = cell.exec(name);
		if (match) {
			const list = rows[match[1] as 'incompatible' | 'caution'];
			const row = list.get(Number(match[2])) ?? [];
			row[Number(match[3])] = value.trim();
			list.set(Number(match[2]), row);
		} else if (name.startsWith('weights/')) {
			weights[name.slice('weights/'.length)] = value.trim();
		}
	}
	const compact = (list: Map<number, string[]>, width: number) =>
		[...list.entries()]
			.sort(([a], [b]) => a - b)
			.map(([, row]) => Array.from({ length: width }, (_, i) => row[i] ?? ''))
			.filter((row) => row.some((v) => v !== ''));
	return { incompatible: compact(rows.incompatible, 2), caution: compact(rows.caution, 3), weights };
}
