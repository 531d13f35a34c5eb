import type { Actor } from '../accounts/actor.ts';
import { assertMatchingAccess } from './access.ts';
import { loadGroupHomes } from './matching-data.ts';
import { profileViewOf, todayOf, type ProfileView } from './profile-view.ts';
import { settingsOf } from './settings.ts';

/** A home with its settings and its group as the screens show it. */
export interface GroupHomeView {
	id: string;
	name: string;
	places: number | null;
	free: number | null;
	ageMin: number | null;
	ageMax: number | null;
	regime: string | null;
	genders: string[] | null;
	maxIntensity: number | null;
	competences: string[];
	isComplete: boolean;
	residents: ProfileView[];
}

/** The organisation's homes with their current groups; members with the matching role. */
export async function listGroupHomes(
	actor: Actor | null | undefined,
	options: { organizationId: string; homeId?: string; now?: Date }
): Promise<GroupHomeView[]> {
	await assertMatchingAccess(actor, options.organizationId);
	const today = todayOf(options.now ?? new Date());
	const { retentionDays } = await settingsOf(options.organizationId);
	const homes = await loadGroupHomes(options.organizationId, options.homeId);
	return homes.map((h) => ({
		id: h.id,
		name: h.name,
		places: h.places,
		free: h.places === null ? null : Math.max(0, h.places - h.residents.length),
		ageMin: h.ageMin,
		ageMax: h.ageMax,
		regime: h.regime,
		genders: h.genders,
		maxIntensity: h.maxIntensity,
		competences: h.competences,
		isComplete: h.isComplete,
		residents: h.residents.map((r) => profileViewOf(r, { today, homeName: h.name, retentionDays }))
	}));
}
