import { format, m } from '../../i18n/nl.ts';
import { describeScenario, type ScenarioView } from '../../planner/describe-scenario.ts';
import { currentGroupsSchema, type CurrentGroups } from '../../planner/plan-transition.ts';
import {
	CURRENT_PREFIX,
	columnPrefixes,
	currentFields,
	formDefaults,
	parseDutchNumber,
	scenarioFields,
	type ColumnPrefix,
	type CurrentField,
	type ScenarioField
} from '../../planner/scenario-form.ts';
import { scenarioInputSchema, type ScenarioInput } from '../../planner/scenario-input.ts';
import { fieldErrorsOf } from '../validation.ts';

export interface ColumnForm {
	prefix: ColumnPrefix;
	/** The scenario's own name, or "" (the screen then says "Scenario A"). */
	name: string;
	/** What the user typed (or the default), to show again. */
	values: Record<ScenarioField, string>;
	/** Dutch message per field name (`<prefix>-<field>`). */
	errors: Record<string, string>;
	/** The validated input, when every field is valid and the column is filled in. */
	input?: ScenarioInput;
}

/** Reads a string from form data or a query string. */
type FieldSource = { get(name: string): string | null | FormDataEntryValue };

const read = (source: FieldSource, name: string): string => {
	const value = source.get(name);
	return typeof value === 'string' ? value : '';
};

/** Reads one scenario column; `isSubmitted` false shows the defaults without errors. */
export function readColumn(source: FieldSource, prefix: ColumnPrefix, isSubmitted: boolean): ColumnForm {
	const values = { ...formDefaults };
	const raw: Record<string, number | undefined> = {};
	for (const field of scenarioFields) {
		const name = `${prefix}-${field}`;
		// A blank optional field takes the default; show that value rather than an empty box.
		if (isSubmitted) values[field] = read(source, name).trim() || formDefaults[field];
		raw[field] = parseDutchNumber(values[field]);
	}
	const column: ColumnForm = {
		prefix,
		name: read(source, `${prefix}-name`).trim().slice(0, 120),
		values,
		errors: {}
	};
	if (!isSubmitted) return column;
	const parsed = scenarioInputSchema.safeParse(raw);
	if (parsed.success) column.input = parsed.data;
	else for (const e of fieldErrorsOf(parsed.error)) column.errors[`${prefix}-${e.path}`] = e.message;
	return column;
}

export interface CurrentForm {
	values: Record<CurrentField, string>;
	errors: Record<string, string>;
	current?: CurrentGroups;
}

/** Reads today's groups; all blank means "no transition view", partly filled gives errors. */
export function readCurrent(source: FieldSource): CurrentForm {
	const values = { groups: '', groupSize: '', carersOnDuty: '' };
	for (const field of currentFields) values[field] = read(source, `${CURRENT_PREFIX}-${field}`);
	if (currentFields.every((f) => values[f].trim() === '')) return { values, errors: {} };
	const raw = Object.fromEntries(currentFields.map((f) => [f, parseDutchNumber(values[f])]));
	const parsed = currentGroupsSchema.safeParse(raw);
	if (parsed.success) return { values, errors: {}, current: parsed.data };
	const errors: Record<string, string> = {};
	for (const e of fieldErrorsOf(parsed.error)) errors[`${CURRENT_PREFIX}-${e.path}`] = e.message;
	return { values, errors };
}

export interface ScenarioRequest {
	/** How many columns the form shows (1–3). */
	count: number;
	/** Whether the form was sent (otherwise the defaults are shown without errors). */
	isSubmitted: boolean;
	columns: ColumnForm[];
	current: CurrentForm;
	/** The valid columns, planned, named "Scenario A" … unless the user named them. */
	views: ScenarioView[];
}

/** Column letter as shown: "A", "B", "C". */
export const letterOf = (prefix: ColumnPrefix): string => prefix.toUpperCase();

/**
 * Reads the planner's query string (a GET form, so results can be bookmarked, shared and
 * exported without JavaScript): `aantal` columns, `meer`/`minder` to add or remove one.
 */
export function readScenarioRequest(params: URLSearchParams): ScenarioRequest {
	const asked = Number(params.get('aantal')) || 1;
	const count = Math.min(
		3,
		Math.max(1, asked + (params.has('meer') ? 1 : 0) - (params.has('minder') ? 1 : 0))
	);
	const columns = columnPrefixes
		.slice(0, count)
		.map((prefix) => readColumn(params, prefix, params.has(`${prefix}-arrivalsPerYear`)));
	const isSubmitted = columns.some((c) => params.has(`${c.prefix}-arrivalsPerYear`));
	const current = isSubmitted
		? readCurrent(params)
		: { values: { groups: '', groupSize: '', carersOnDuty: '' }, errors: {} };
	const views = columns.flatMap((c) =>
		c.input
			? [
					describeScenario(
						c.name || format(m.planner.pages.columnHeading, { letter: letterOf(c.prefix) }),
						c.input,
						current.current
					)
				]
			: []
	);
	return { count, isSubmitted, columns, current, views };
}
