import { m } from '../i18n/nl.ts';
import {
	formatEuro,
	formatInput,
	formatOneDecimal,
	formatPercent,
	formatSigned,
	formatWhole
} from './format-nl.ts';
import type { ScenarioResult } from './plan-scenario.ts';
import type { Capacity } from './plan-transition.ts';
import { scenarioFields, type ScenarioField } from './scenario-form.ts';
import type { ScenarioInput } from './scenario-input.ts';

// One definition of the rows every view shows (screen, CSV, PDF), with their Dutch formats.

export interface Row<K extends string> {
	key: K;
	label: string;
	format: (value: number) => string;
}

const euroFields: readonly ScenarioField[] = ['costPerFtePerYear', 'otherCostPerPlacePerYear'];

/** The inputs, in form order. */
export const inputRows: Row<ScenarioField>[] = scenarioFields.map((key) => ({
	key,
	label: m.planner.fields[key].label.replace(/ \((euro|dagen)\)$/, ''),
	format: euroFields.includes(key) ? formatEuro : formatInput
}));

const r = m.planner.results;

/** The results of contract 2 as the screens show them. */
export const resultRows: Row<keyof ScenarioResult>[] = [
	{ key: 'places', label: r.places, format: formatWhole },
	{ key: 'noPlaceProbability', label: r.noPlaceProbability, format: formatPercent },
	{ key: 'offeredLoad', label: r.offeredLoad, format: formatOneDecimal },
	{ key: 'occupancy', label: r.occupancy, format: formatPercent },
	{ key: 'homes', label: r.homes, format: formatWhole },
	{ key: 'carersOnDutyPerHome', label: r.carersOnDutyPerHome, format: formatWhole },
	{ key: 'ftePerHome', label: r.ftePerHome, format: formatOneDecimal },
	{ key: 'fteTotal', label: r.fteTotal, format: formatOneDecimal },
	{ key: 'costPerYear', label: r.costPerYear, format: formatEuro },
	{ key: 'costPerOccupiedDay', label: r.costPerOccupiedDay, format: formatEuro }
];

/** The rows of the transition view (today against a scenario). */
export const transitionRows: Row<keyof Capacity>[] = [
	{ key: 'places', label: r.places, format: formatWhole },
	{ key: 'homes', label: m.planner.transition.homesRow, format: formatWhole },
	{ key: 'fteTotal', label: r.fteTotal, format: formatOneDecimal },
	{ key: 'costPerYear', label: r.costPerYear, format: formatEuro }
];

/** A difference with its sign, in the row's format. */
export const formatDifference = (row: Row<string>, value: number): string => formatSigned(value, row.format);

/** The input values as the form shows them back. */
export const inputValue = (input: ScenarioInput, row: Row<ScenarioField>): string =>
	row.format(input[row.key]);
