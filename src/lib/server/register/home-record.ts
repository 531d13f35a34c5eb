import { checkFacility, type FacilityCheck } from '../../register/check-facility.ts';
import { facilityInputOf, type HomeInput } from '../../register/home-input.ts';
import { locate } from '../../nl/places.ts';
import type { FieldChangeRecord } from '../db/schema/register.ts';

/** The column values of a home for its input, with jeugdregio, provincie and check derived. */
export function columnsOf(input: HomeInput): {
	columns: {
		name: string;
		description: string | null;
		street: string | null;
		postalCode: string | null;
		city: string | null;
		municipalityCode: string;
		regionCode: string;
		provinceCode: string;
		setting: string | null;
		regime: string | null;
		places: number | null;
		ageMin: number | null;
		ageMax: number | null;
		targetGroup: string | null;
		aroundTheClock: boolean | null;
		homeLike: boolean | null;
		staffLiveIn: boolean | null;
		fixedTeam: boolean | null;
		teamSize: number | null;
		teamFte: number | null;
		individualCare: boolean | null;
		perspectiveHousing: boolean | null;
		perspectiveCare: boolean | null;
		perspectiveEducationOrWork: boolean | null;
		educationArrangement: string | null;
		ijwCategory: number | null;
		dayTariff: number | null;
		contractingMunicipalities: string[];
		contactName: string | null;
		contactEmail: string | null;
		contactPhone: string | null;
		roster: HomeInput['roster'] | null;
		verdict: string;
		check: FacilityCheck;
	};
	check: FacilityCheck;
} {
	// The schema only lets known gemeenten through, so the lookup always succeeds here.
	const place = locate(input.municipalityCode)!;
	const check = checkFacility(facilityInputOf(input));
	return {
		check,
		columns: {
			name: input.name,
			description: input.description ?? null,
			street: input.street ?? null,
			postalCode: input.postalCode ?? null,
			city: input.city ?? null,
			municipalityCode: place.municipality.code,
			regionCode: place.region.code,
			provinceCode: place.province.code,
			setting: input.setting ?? null,
			regime: input.regime ?? null,
			places: input.places ?? null,
			ageMin: input.ageMin ?? null,
			ageMax: input.ageMax ?? null,
			targetGroup: input.targetGroup ?? null,
			aroundTheClock: input.aroundTheClock ?? null,
			homeLike: input.homeLike ?? null,
			staffLiveIn: input.staffLiveIn ?? null,
			fixedTeam: input.fixedTeam ?? null,
			teamSize: input.teamSize ?? null,
			teamFte: input.teamFte ?? null,
			individualCare: input.individualCare ?? null,
			perspectiveHousing: input.perspective?.housing ?? null,
			perspectiveCare: input.perspective?.care ?? null,
			perspectiveEducationOrWork: input.perspective?.educationOrWork ?? null,
			educationArrangement: input.educationArrangement ?? null,
			ijwCategory: input.ijwCategory ?? null,
			dayTariff: input.dayTariff ?? null,
			contractingMunicipalities: input.contractingMunicipalities,
			contactName: input.contactName ?? null,
			contactEmail: input.contactEmail ?? null,
			contactPhone: input.contactPhone ?? null,
			roster: input.roster ?? null,
			verdict: check.verdict,
			check
		}
	};
}

// Field order of the history: the order of the form.
const fieldOrder = [
	'name',
	'description',
	'street',
	'postalCode',
	'city',
	'municipalityCode',
	'setting',
	'regime',
	'places',
	'ageMin',
	'ageMax',
	'targetGroup',
	'aroundTheClock',
	'homeLike',
	'staffLiveIn',
	'fixedTeam',
	'teamSize',
	'teamFte',
	'individualCare',
	'perspective/housing',
	'perspective/care',
	'perspective/educationOrWork',
	'educationArrangement',
	'ijwCategory',
	'dayTariff',
	'contractingMunicipalities',
	'contactName',
	'contactEmail',
	'contactPhone',
	'roster'
] as const;

function valueAt(input: HomeInput | undefined, field: string): unknown {
	if (!input) return null;
	if (field.startsWith('perspective/')) {
		const part = field.slice('perspective/'.length) as keyof NonNullable<HomeInput['perspective']>;
		return input.perspective?.[part] ?? null;
	}
	return (input as Record<string, unknown>)[field] ?? null;
}

// jsonb hands objects back with its own key order, so compare with the keys sorted.
function canonical(value: unknown): string {
	return JSON.stringify(value, (_, inner: unknown) =>
		inner && typeof inner === 'object' && !Array.isArray(inner)
			? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
			: inner
	);
}

/** The fields that differ between two inputs (null for "not given"), in form order. */
export function diffInputs(before: HomeInput | undefined, after: HomeInput): FieldChangeRecord[] {
	const changes: FieldChangeRecord[] = [];
	for (const field of fieldOrder) {
		const a = valueAt(before, field);
		const b = valueAt(after, field);
		if (canonical(a) !== canonical(b)) changes.push({ field, before: a, after: b });
	}
	return changes;
}
