import { m } from '../../i18n/nl.ts';
import { findMunicipality } from '../../nl/places.ts';
import { formatRosterText } from '../../register/roster-text.ts';
import type { Shift } from '../../register/roster.ts';

const labels = m.register.labels;
const coded: Record<string, Record<string, string>> = {
	setting: labels.setting,
	regime: labels.regime,
	targetGroup: labels.targetGroup,
	educationArrangement: labels.educationArrangement
};
const municipalityName = (code: string) => findMunicipality(code)?.name ?? code;

/**
 * A field value from the version history as Dutch text: yes/no, code names, municipality names,
 * the roster in its one-line spelling; `empty` for a value that was not given.
 */
export function describeValue(field: string, value: unknown, empty: string): string {
	if (value === null || value === undefined || value === '') return empty;
	if (typeof value === 'boolean') return value ? labels.yes : labels.no;
	if (field === 'roster' && Array.isArray(value)) return formatRosterText(value as Shift[]);
	if (field === 'municipalityCode' && typeof value === 'string') return municipalityName(value);
	if (field === 'contractingMunicipalities' && Array.isArray(value)) {
		return value.length === 0 ? empty : value.map((code) => municipalityName(String(code))).join(', ');
	}
	if (typeof value === 'number') return value.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
	if (typeof value === 'string') return coded[field]?.[value] ?? value;
	return JSON.stringify(value);
}
