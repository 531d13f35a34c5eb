import type { HomeInput } from './home-input.ts';

/** Raw form values of a home: strings per field, roster rows as objects of strings. */
export type HomeFormValues = Record<string, unknown> & { roster?: Record<string, string>[] };

const shiftFields = ['weekday', 'start', 'end', 'carers'] as const;
const perspectiveFields = ['housing', 'care', 'educationOrWork'] as const;
const rosterName = /^roster\/(\d+)\/(weekday|start|end|carers)$/;

/**
 * Turns a submitted home form into raw input for homeInputSchema. Field names are the error
 * paths ("perspective/care", "roster/3/start"). Empty roster rows are dropped and the rest
 * renumbered, so re-render the form from the result to keep row numbers and errors aligned.
 */
export function homeInputFromForm(form: FormData): HomeFormValues {
	const values: HomeFormValues = {};
	const rows = new Map<number, Record<string, string>>();
	const perspective: Record<string, string> = {};
	const municipalities: string[] = [];
	for (const [name, value] of form.entries()) {
		if (typeof value !== 'string') continue;
		const row = rosterName.exec(name);
		if (row) {
			const index = Number(row[1]);
			if (index > 1000) continue;
			const shift = rows.get(index) ?? {};
			shift[row[2]!] = value;
			rows.set(index, shift);
		} else if (name.startsWith('perspective/')) {
			perspective[name.slice('perspective/'.length)] = value;
		} else if (name === 'contractingMunicipalities') {
			municipalities.push(value);
		} else if (!name.startsWith('/') && !name.startsWith('_')) {
			values[name] = value;
		}
	}
	values.contractingMunicipalities = municipalities.join(' ');
	if (perspectiveFields.some((p) => (perspective[p] ?? '').trim() !== '')) values.perspective = perspective;
	const roster = [...rows.entries()]
		.sort(([a], [b]) => a - b)
		.map(([, shift]) => shift)
		.filter((shift) => shiftFields.some((f) => (shift[f] ?? '').trim() !== ''));
	if (roster.length > 0) values.roster = roster;
	return values;
}

const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'ja' : 'nee');
const asText = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/** The form values (strings, "ja"/"nee") of a stored home, to fill the edit form. */
export function homeFormValuesOf(home: HomeInput): HomeFormValues {
	return {
		name: home.name,
		description: asText(home.description),
		street: asText(home.street),
		postalCode: asText(home.postalCode),
		city: asText(home.city),
		municipalityCode: home.municipalityCode,
		setting: asText(home.setting),
		regime: asText(home.regime),
		places: asText(home.places),
		ageMin: asText(home.ageMin),
		ageMax: asText(home.ageMax),
		targetGroup: asText(home.targetGroup),
		aroundTheClock: yesNo(home.aroundTheClock),
		homeLike: yesNo(home.homeLike),
		staffLiveIn: yesNo(home.staffLiveIn),
		fixedTeam: yesNo(home.fixedTeam),
		teamSize: asText(home.teamSize),
		teamFte: asText(home.teamFte),
		individualCare: yesNo(home.individualCare),
		perspective: {
			housing: yesNo(home.perspective?.housing),
			care: yesNo(home.perspective?.care),
			educationOrWork: yesNo(home.perspective?.educationOrWork)
		},
		educationArrangement: asText(home.educationArrangement),
		ijwCategory: asText(home.ijwCategory),
		dayTariff: asText(home.dayTariff),
		contractingMunicipalities: home.contractingMunicipalities.join(' '),
		contactName: asText(home.contactName),
		contactEmail: asText(home.contactEmail),
		contactPhone: asText(home.contactPhone),
		roster: (home.roster ?? []).map((s) => ({
			weekday: String(s.weekday),
			start: s.start,
			end: s.end,
			carers: String(s.carers)
		}))
	};
}
