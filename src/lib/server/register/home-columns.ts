import { m } from '../../i18n/nl.ts';
import { formatRosterText, parseRosterText } from '../../register/roster-text.ts';
import type { HomeInput } from '../../register/home-input.ts';
import type { HomeStatus } from './home-view.ts';

const labels = m.register.labels;

type Cell = string | number;

interface Column {
	/** Column name in the spreadsheet (the same for export and import). */
	name: string;
	/** The field path of homeInputSchema whose errors belong to this column. */
	field: string;
	/** The cell of a home on export. */
	write(home: HomeInput): Cell;
}

const yesNo = (value: boolean | undefined): Cell =>
	value === undefined ? '' : value ? labels.yes : labels.no;
const plain = (value: string | number | undefined): Cell => value ?? '';
const label = <K extends string>(names: Record<K, string>, value: K | undefined): Cell =>
	value === undefined ? '' : names[value];

/**
 * The columns of CSV and XLSX import and export, in order. Yes/no cells are "ja"/"nee"; coded
 * values are written as their Dutch label and read back as label or code; the roster is one cell
 * in the spelling of roster-text.ts ("ma 07:00-15:00 x1; …"). "id" (export only fills it) makes an
 * import row update that home; "status" is for reading only and ignored on import.
 */
export const homeColumns: readonly Column[] = [
	{ name: 'naam', field: 'name', write: (h) => h.name },
	{ name: 'beschrijving', field: 'description', write: (h) => plain(h.description) },
	{ name: 'straat_huisnummer', field: 'street', write: (h) => plain(h.street) },
	{ name: 'postcode', field: 'postalCode', write: (h) => plain(h.postalCode) },
	{ name: 'plaats', field: 'city', write: (h) => plain(h.city) },
	{ name: 'gemeentecode', field: 'municipalityCode', write: (h) => h.municipalityCode },
	{ name: 'ligging', field: 'setting', write: (h) => label(labels.setting, h.setting) },
	{ name: 'regime', field: 'regime', write: (h) => label(labels.regime, h.regime) },
	{ name: 'plaatsen', field: 'places', write: (h) => plain(h.places) },
	{ name: 'leeftijd_min', field: 'ageMin', write: (h) => plain(h.ageMin) },
	{ name: 'leeftijd_max', field: 'ageMax', write: (h) => plain(h.ageMax) },
	{ name: 'doelgroep', field: 'targetGroup', write: (h) => label(labels.targetGroup, h.targetGroup) },
	{ name: 'dag_en_nacht', field: 'aroundTheClock', write: (h) => yesNo(h.aroundTheClock) },
	{ name: 'huiselijk', field: 'homeLike', write: (h) => yesNo(h.homeLike) },
	{ name: 'inwonende_begeleiders', field: 'staffLiveIn', write: (h) => yesNo(h.staffLiveIn) },
	{ name: 'vast_team', field: 'fixedTeam', write: (h) => yesNo(h.fixedTeam) },
	{ name: 'teamgrootte', field: 'teamSize', write: (h) => plain(h.teamSize) },
	{ name: 'team_fte', field: 'teamFte', write: (h) => plain(h.teamFte) },
	{ name: 'individuele_zorg', field: 'individualCare', write: (h) => yesNo(h.individualCare) },
	{ name: 'perspectief_wonen', field: 'perspective/housing', write: (h) => yesNo(h.perspective?.housing) },
	{ name: 'perspectief_zorg', field: 'perspective/care', write: (h) => yesNo(h.perspective?.care) },
	{
		name: 'perspectief_onderwijs_werk',
		field: 'perspective/educationOrWork',
		write: (h) => yesNo(h.perspective?.educationOrWork)
	},
	{
		name: 'onderwijs',
		field: 'educationArrangement',
		write: (h) => label(labels.educationArrangement, h.educationArrangement)
	},
	{ name: 'ijw_categorie', field: 'ijwCategory', write: (h) => plain(h.ijwCategory) },
	{ name: 'dagtarief', field: 'dayTariff', write: (h) => plain(h.dayTariff) },
	{
		name: 'contracterende_gemeenten',
		field: 'contractingMunicipalities',
		write: (h) => h.contractingMunicipalities.join(' ')
	},
	{ name: 'contact_naam', field: 'contactName', write: (h) => plain(h.contactName) },
	{ name: 'contact_email', field: 'contactEmail', write: (h) => plain(h.contactEmail) },
	{ name: 'contact_telefoon', field: 'contactPhone', write: (h) => plain(h.contactPhone) },
	{ name: 'rooster', field: 'roster', write: (h) => formatRosterText(h.roster) }
];

export const ID_COLUMN = 'id';
export const STATUS_COLUMN = 'status';
/** Every column name of an export, in order. */
export const exportColumnNames = [ID_COLUMN, ...homeColumns.map((c) => c.name), STATUS_COLUMN];
/** Columns an import file must have. */
export const requiredColumnNames = ['naam', 'gemeentecode'];

const statusLabels: Record<HomeStatus, string> = { active: 'actief', archived: 'gearchiveerd' };

/** The export row of a home, cell by cell in `exportColumnNames` order. */
export function exportRowOf(id: string, home: HomeInput, status: HomeStatus): Cell[] {
	return [id, ...homeColumns.map((c) => c.write(home)), statusLabels[status]];
}

// Import reads codes and Dutch labels alike (case-insensitive) for the coded columns.
function codeOf<K extends string>(names: Record<K, string>, cell: string): string {
	const lower = cell.trim().toLowerCase();
	const match = (Object.entries(names) as [K, string][]).find(([, name]) => name.toLowerCase() === lower);
	return match ? match[0] : cell;
}

const decoders: Record<string, (cell: string) => unknown> = {
	setting: (cell) => codeOf(labels.setting, cell),
	regime: (cell) => codeOf(labels.regime, cell),
	targetGroup: (cell) => codeOf(labels.targetGroup, cell),
	educationArrangement: (cell) => codeOf(labels.educationArrangement, cell)
};

/**
 * The raw input (for homeInputSchema) of one import row, or the Dutch error of the roster cell.
 * `cells` maps column name → cell text.
 */
export function inputOfImportRow(cells: Record<string, string>): {
	raw: Record<string, unknown>;
	rosterError?: string;
} {
	const raw: Record<string, unknown> = {};
	const perspective: Record<string, string> = {};
	let rosterError: string | undefined;
	for (const column of homeColumns) {
		const cell = cells[column.name];
		if (cell === undefined) continue;
		if (column.field.startsWith('perspective/')) {
			perspective[column.field.slice('perspective/'.length)] = cell;
		} else if (column.field === 'roster') {
			const parsed = parseRosterText(cell);
			if ('error' in parsed) rosterError = parsed.error;
			else if (parsed.roster !== undefined) raw.roster = parsed.roster;
		} else {
			raw[column.field] = decoders[column.field]?.(cell) ?? cell;
		}
	}
	if (Object.values(perspective).some((v) => v.trim() !== '')) raw.perspective = perspective;
	return { raw, rosterError };
}

/** The column an error path of homeInputSchema belongs to ("roster/2/start" → "rooster"). */
export function columnOfPath(path: string): string {
	const byField = homeColumns.find((c) => c.field === path);
	if (byField) return byField.name;
	const [first] = path.split('/');
	return homeColumns.find((c) => c.field === first)?.name ?? path;
}
