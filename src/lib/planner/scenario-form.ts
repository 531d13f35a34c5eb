import type { ScenarioInput } from './scenario-input.ts';

/** The inputs of contract 2, in the order the form shows them. */
export const scenarioFields = [
	'arrivalsPerYear',
	'averageStayDays',
	'maxNoPlaceProbability',
	'groupSize',
	'ratio',
	'hoursPerFte',
	'rosterableShare',
	'costPerFtePerYear',
	'otherCostPerPlacePerYear'
] as const;

export type ScenarioField = (typeof scenarioFields)[number];

/** Today's groups, for the transition view. */
export const currentFields = ['groups', 'groupSize', 'carersOnDuty'] as const;
export type CurrentField = (typeof currentFields)[number];

/** Up to three scenarios side by side; each column's fields are named `<prefix>-<field>`. */
export const columnPrefixes = ['a', 'b', 'c'] as const;
export type ColumnPrefix = (typeof columnPrefixes)[number];
/** Prefix of today's groups. */
export const CURRENT_PREFIX = 'nu';

/** Defaults shown in an empty form (the contract's defaults; the two required fields blank). */
export const formDefaults: Record<ScenarioField, string> = {
	arrivalsPerYear: '',
	averageStayDays: '',
	maxNoPlaceProbability: '0,05',
	groupSize: '4',
	ratio: '4',
	hoursPerFte: '36',
	rosterableShare: '0,8',
	costPerFtePerYear: '75000',
	otherCostPerPlacePerYear: '30000'
};

/**
 * A number as a Dutch user types it: "0,05" and "0.05" are the same; "75.000" and "1.234,5" use
 * the dot to group thousands. Blank gives undefined (the default applies); anything else NaN,
 * which the schema refuses with the field's own message.
 */
export function parseDutchNumber(text: string | null | undefined): number | undefined {
	const trimmed = (text ?? '').trim().replace(/\s|€/g, '');
	if (trimmed === '') return undefined;
	let normal = trimmed;
	if (trimmed.includes(',')) normal = trimmed.replace(/\./g, '').replace(',', '.');
	else if (/^-?\d{1,3}(\.\d{3})+$/.test(trimmed)) normal = trimmed.replace(/\./g, '');
	return /^-?(\d+\.?\d*|\.\d+)$/.test(normal) ? Number(normal) : Number.NaN;
}

/** Fills a column's values from a saved input, for opening saved scenarios in the form. */
export function columnQuery(prefix: ColumnPrefix, name: string, input: ScenarioInput): [string, string][] {
	const plain = (value: number) =>
		value.toLocaleString('nl-NL', { useGrouping: false, maximumFractionDigits: 20 });
	return [
		[`${prefix}-name`, name],
		...scenarioFields.map((f): [string, string] => [`${prefix}-${f}`, plain(input[f])])
	];
}
