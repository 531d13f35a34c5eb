import { findMunicipality, findProvince, findRegion } from '../../nl/places.ts';
import type { FacilityCheck, Verdict } from '../../register/check-facility.ts';
import type {
	EducationArrangement,
	HomeInput,
	IjwCategory,
	Regime,
	Setting,
	TargetGroup
} from '../../register/home-input.ts';
import type { Shift } from '../../register/roster.ts';
import type { schema } from '../db/index.ts';

/** A gemeente, jeugdregio or provincie by code and name. */
export interface Place {
	code: string;
	name: string;
}

export type HomeStatus = 'active' | 'archived';

/** What anyone may see of a home: everything except the address and the contact person. */
export interface PublicHome {
	id: string;
	organizationId: string;
	organizationName: string;
	name: string;
	description: string | null;
	city: string | null;
	municipality: Place;
	region: Place;
	province: Place;
	setting: Setting | null;
	regime: Regime | null;
	places: number | null;
	ageMin: number | null;
	ageMax: number | null;
	targetGroup: TargetGroup | null;
	aroundTheClock: boolean | null;
	homeLike: boolean | null;
	staffLiveIn: boolean | null;
	fixedTeam: boolean | null;
	teamSize: number | null;
	teamFte: number | null;
	individualCare: boolean | null;
	perspective: { housing: boolean | null; care: boolean | null; educationOrWork: boolean | null };
	educationArrangement: EducationArrangement | null;
	ijwCategory: IjwCategory | null;
	dayTariff: number | null;
	contractingMunicipalities: Place[];
	roster: Shift[] | null;
	/** The check as stored with the current version. */
	check: FacilityCheck;
	verdict: Verdict;
	version: number;
	updatedAt: string;
}

/** A home with its private details, for members of the owning organisation and admins. */
export interface HomeDetail extends PublicHome {
	street: string | null;
	postalCode: string | null;
	contactName: string | null;
	contactEmail: string | null;
	contactPhone: string | null;
	status: HomeStatus;
	createdAt: string;
	archivedAt: string | null;
	/** The stored input, to fill the edit form. */
	input: HomeInput;
	/** Whether the actor may change this home. */
	canEdit: boolean;
}

/** One row of a list of homes. */
export interface HomeSummary {
	id: string;
	name: string;
	organizationId: string;
	organizationName: string;
	city: string | null;
	municipality: Place;
	region: Place;
	province: Place;
	setting: Setting | null;
	regime: Regime | null;
	places: number | null;
	targetGroup: TargetGroup | null;
	verdict: Verdict;
	status: HomeStatus;
	updatedAt: string;
}

/** One field that changed; `null` stands for "not given". */
export interface FieldChange {
	field: string;
	before: unknown;
	after: unknown;
}

/** One version in the history of a home. */
export interface HomeVersion {
	version: number;
	kind: 'created' | 'updated' | 'archived' | 'restored' | 'imported';
	createdAt: string;
	/** Who made it; null for the system (CLI, seed) or a deleted account without a name. */
	actor: { id: string | null; name: string } | null;
	changes: FieldChange[];
	verdict: Verdict;
	check: FacilityCheck;
	snapshot: HomeInput;
}

export type HomeRow = typeof schema.home.$inferSelect;

function placeOf(code: string, find: (code: string) => { name: string } | undefined): Place {
	return { code, name: find(code)?.name ?? code };
}

/**
 * The columns that the stored input and the public view share, with the union types the database
 * columns lose (they are text in SQL) restored.
 */
function careFieldsOf(row: HomeRow) {
	return {
		setting: row.setting as Setting | null,
		regime: row.regime as Regime | null,
		places: row.places,
		ageMin: row.ageMin,
		ageMax: row.ageMax,
		targetGroup: row.targetGroup as TargetGroup | null,
		aroundTheClock: row.aroundTheClock,
		homeLike: row.homeLike,
		staffLiveIn: row.staffLiveIn,
		fixedTeam: row.fixedTeam,
		teamSize: row.teamSize,
		teamFte: row.teamFte,
		individualCare: row.individualCare,
		educationArrangement: row.educationArrangement as EducationArrangement | null,
		ijwCategory: row.ijwCategory as IjwCategory | null,
		dayTariff: row.dayTariff,
		roster: row.roster
	};
}

/** The home input stored in a row (the inverse of columnsOf in home-record.ts). */
export function inputOfRow(row: HomeRow): HomeInput {
	const input: HomeInput = {
		name: row.name,
		municipalityCode: row.municipalityCode,
		contractingMunicipalities: row.contractingMunicipalities,
		perspective: undefined
	};
	const optional = {
		description: row.description,
		street: row.street,
		postalCode: row.postalCode,
		city: row.city,
		...careFieldsOf(row),
		contactName: row.contactName,
		contactEmail: row.contactEmail,
		contactPhone: row.contactPhone
	};
	for (const [key, value] of Object.entries(optional)) {
		if (value !== null) (input as Record<string, unknown>)[key] = value;
	}
	const perspective = {
		housing: row.perspectiveHousing ?? undefined,
		care: row.perspectiveCare ?? undefined,
		educationOrWork: row.perspectiveEducationOrWork ?? undefined
	};
	if (Object.values(perspective).some((v) => v !== undefined)) {
		input.perspective = Object.fromEntries(Object.entries(perspective).filter(([, v]) => v !== undefined));
	}
	return input;
}

/** The public view of a stored home. */
export function publicHomeOf(row: HomeRow, organizationName: string): PublicHome {
	return {
		id: row.id,
		organizationId: row.organizationId,
		organizationName,
		name: row.name,
		description: row.description,
		city: row.city,
		municipality: placeOf(row.municipalityCode, findMunicipality),
		region: placeOf(row.regionCode, findRegion),
		province: placeOf(row.provinceCode, findProvince),
		...careFieldsOf(row),
		perspective: {
			housing: row.perspectiveHousing,
			care: row.perspectiveCare,
			educationOrWork: row.perspectiveEducationOrWork
		},
		contractingMunicipalities: row.contractingMunicipalities.map((code) => placeOf(code, findMunicipality)),
		check: row.check,
		verdict: row.verdict as Verdict,
		version: row.version,
		updatedAt: row.updatedAt.toISOString()
	};
}

/** The private view of a stored home. */
export function homeDetailOf(row: HomeRow, organizationName: string, canEdit: boolean): HomeDetail {
	return {
		...publicHomeOf(row, organizationName),
		street: row.street,
		postalCode: row.postalCode,
		contactName: row.contactName,
		contactEmail: row.contactEmail,
		contactPhone: row.contactPhone,
		status: row.status as HomeStatus,
		createdAt: row.createdAt.toISOString(),
		archivedAt: row.archivedAt?.toISOString() ?? null,
		input: inputOfRow(row),
		canEdit
	};
}

/** The list row of a stored home. */
export function homeSummaryOf(row: HomeRow, organizationName: string): HomeSummary {
	return {
		id: row.id,
		name: row.name,
		organizationId: row.organizationId,
		organizationName,
		city: row.city,
		municipality: placeOf(row.municipalityCode, findMunicipality),
		region: placeOf(row.regionCode, findRegion),
		province: placeOf(row.provinceCode, findProvince),
		setting: row.setting as Setting | null,
		regime: row.regime as Regime | null,
		places: row.places,
		targetGroup: row.targetGroup as TargetGroup | null,
		verdict: row.verdict as Verdict,
		status: row.status as HomeStatus,
		updatedAt: row.updatedAt.toISOString()
	};
}
