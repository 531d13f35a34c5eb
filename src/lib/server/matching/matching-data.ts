import { and, asc, eq, inArray } from 'drizzle-orm';
import type { MatchingHome, MatchingRules, MatchingYouth } from '../../matching/matching-input.ts';
import { getDb, schema } from '../db/index.ts';
import { ageOf, daysBetween, type ProfileRow } from './profile-view.ts';
import { settingsOf } from './settings.ts';

/** A home of the organisation with its matching settings and current group. */
export interface GroupHome {
	id: string;
	name: string;
	places: number | null;
	ageMin: number | null;
	ageMax: number | null;
	regime: string | null;
	municipalityCode: string;
	regionCode: string;
	genders: string[] | null;
	maxIntensity: number | null;
	competences: string[];
	residents: ProfileRow[];
	/** Whether the register holds what the engine needs (places and an age range). */
	isComplete: boolean;
}

/** The engine's youth for a profile on `today`; the code is the id, so reasons name the code. */
export function matchingYouthOf(row: ProfileRow, today: string): MatchingYouth {
	return {
		id: row.code,
		age: Math.min(30, Math.max(0, ageOf(row.birthYear, today))),
		gender: row.gender as MatchingYouth['gender'],
		needs: row.needs,
		intensity: row.intensity,
		closedAuthorisation: row.closedAuthorisation,
		municipality: row.municipalityCode,
		region: row.regionCode,
		waitingDays: Math.min(100_000, daysBetween(row.waitingSince, today))
	};
}

/** The engine's home (with its residents) for a complete home of the register. */
export function matchingHomeOf(home: GroupHome, today: string): MatchingHome {
	return {
		id: home.id,
		places: home.places!,
		ageMin: home.ageMin!,
		ageMax: home.ageMax!,
		regime: home.regime === 'closed' ? 'closed' : 'open',
		...(home.genders ? { genders: home.genders as MatchingHome['genders'] } : {}),
		...(home.maxIntensity ? { maxIntensity: home.maxIntensity } : {}),
		competences: home.competences,
		municipality: home.municipalityCode,
		region: home.regionCode,
		residents: home.residents.map((r) => ({ ...matchingYouthOf(r, today) }))
	};
}

/** The organisation's active homes with settings and residents (no access check: callers check). */
export async function loadGroupHomes(organizationId: string, homeId?: string): Promise<GroupHome[]> {
	const where = [eq(schema.home.organizationId, organizationId), eq(schema.home.status, 'active')];
	if (homeId) where.push(eq(schema.home.id, homeId));
	const homes = await getDb()
		.select({ home: schema.home, settings: schema.matchingHomeSettings })
		.from(schema.home)
		.leftJoin(schema.matchingHomeSettings, eq(schema.matchingHomeSettings.homeId, schema.home.id))
		.where(and(...where))
		.orderBy(asc(schema.home.name), asc(schema.home.id));
	const ids = homes.map((h) => h.home.id);
	const residents = ids.length
		? await getDb()
				.select()
				.from(schema.youthProfile)
				.where(and(inArray(schema.youthProfile.homeId, ids), eq(schema.youthProfile.status, 'placed')))
				.orderBy(asc(schema.youthProfile.code))
		: [];
	return homes.map(({ home, settings }) => ({
		id: home.id,
		name: home.name,
		places: home.places,
		ageMin: home.ageMin,
		ageMax: home.ageMax,
		regime: home.regime,
		municipalityCode: home.municipalityCode,
		regionCode: home.regionCode,
		genders: settings?.genders ?? null,
		maxIntensity: settings?.maxIntensity ?? null,
		competences: settings?.competences ?? [],
		residents: residents.filter((r) => r.homeId === home.id),
		isComplete:
			home.places !== null &&
			home.ageMin !== null &&
			home.ageMax !== null &&
			home.ageMin <= home.ageMax &&
			home.places >= 1 &&
			home.places <= 6
	}));
}

/** The organisation's waiting profiles, by code. */
export async function loadWaitingProfiles(organizationId: string): Promise<ProfileRow[]> {
	return getDb()
		.select()
		.from(schema.youthProfile)
		.where(
			and(eq(schema.youthProfile.organizationId, organizationId), eq(schema.youthProfile.status, 'waiting'))
		)
		.orderBy(asc(schema.youthProfile.code));
}

/** The organisation's rules in the engine's shape. */
export async function matchingRulesOf(organizationId: string): Promise<MatchingRules> {
	const { rules } = await settingsOf(organizationId);
	return { incompatible: rules.incompatible, caution: rules.caution, weights: { ...rules.weights } };
}
