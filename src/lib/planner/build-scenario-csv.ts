import { format, m } from '../i18n/nl.ts';
import type { ScenarioView } from './describe-scenario.ts';
import { inputRows, resultRows, transitionRows } from './scenario-rows.ts';

// Dutch spreadsheet conventions: ";" between fields and a decimal comma, so Excel with Dutch
// settings opens the file as numbers; no thousands separators or € signs (they stop that).
const number = new Intl.NumberFormat('nl-NL', { useGrouping: false, maximumFractionDigits: 6 });

function cell(value: string | number): string {
	const text = typeof value === 'number' ? number.format(value) : value;
	return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Columns: the label, then one per scenario; CRLF line ends and a BOM, as Excel expects. */
export function buildScenarioCsv(views: ScenarioView[]): string {
	const p = m.planner.pages;
	const lines: (string | number)[][] = [
		['', ...views.map((v) => v.name)],
		[p.inputsCaption],
		...inputRows.map((row) => [row.label, ...views.map((v) => v.input[row.key])]),
		[p.resultsHeading],
		...resultRows.map((row) => [row.label, ...views.map((v) => v.result[row.key])])
	];
	const withTransition = views.filter((v) => v.transition);
	if (withTransition.length > 0) {
		const t = m.planner.transition;
		lines.push([t.heading]);
		for (const row of transitionRows) {
			lines.push([`${row.label}: ${t.now}`, ...views.map((v) => v.transition?.current[row.key] ?? '')]);
			lines.push([
				`${row.label}: ${t.difference}`,
				...views.map((v) => v.transition?.difference[row.key] ?? '')
			]);
		}
	}
	lines.push([format(p.report.made, { date: new Date().toLocaleDateString('nl-NL') })]);
	return `\uFEFF${lines.map((line) => line.map(cell).join(';')).join('\r\n')}\r\n`;
}
