import { m } from '../../i18n/nl.ts';
import { explainFit, type FitExplanation } from '../../matching/explain-fit.ts';
import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';
import { findProfileFor } from './access.ts';
import { writeAudit } from './audit.ts';
import { loadGroupHomes, matchingHomeOf, matchingRulesOf, matchingYouthOf } from './matching-data.ts';
import { profileViewOf, todayOf, type ProfileView } from './profile-view.ts';
import { settingsOf } from './settings.ts';

/** "Past deze jongere?": the fit of a profile with one of the organisation's homes and each resident. */
export async function explainProfileFit(
	actor: Actor | null | undefined,
	options: { profileId: string; homeId: string; now?: Date }
): Promise<{
	profile: ProfileView;
	home: { id: string; name: string; places: number | null };
	fit: FitExplanation;
	residents: ProfileView[];
}> {
	const { row, actor: known } = await findProfileFor(actor, options.profileId);
	const today = todayOf(options.now ?? new Date());
	const [home] = await loadGroupHomes(row.organizationId, options.homeId);
	if (!home) throw new AppError('not-found', m.matching.errors.homeNotFound);
	if (!home.isComplete) throw new AppError('conflict', m.matching.errors.homeIncomplete);
	// A youth already living here is judged against the others, as if placed anew.
	const others = { ...home, residents: home.residents.filter((r) => r.id !== row.id) };
	const fit = explainFit(
		matchingYouthOf(row, today),
		matchingHomeOf(others, today),
		await matchingRulesOf(row.organizationId)
	);
	await writeAudit({
		organizationId: row.organizationId,
		actor: known,
		action: 'fit',
		profile: { id: row.id, code: row.code },
		detail: home.name
	});
	const { retentionDays } = await settingsOf(row.organizationId);
	return {
		profile: profileViewOf(row, { today, retentionDays }),
		home: { id: home.id, name: home.name, places: home.places },
		fit,
		residents: others.residents.map((r) => profileViewOf(r, { today, homeName: home.name, retentionDays }))
	};
}
