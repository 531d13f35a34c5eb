import type { Actor } from '../accounts/actor.ts';
import { parseInput } from '../validation.ts';
import { assertMatchingAccess, assertMatchingManager } from './access.ts';
import { writeAudit } from './audit.ts';
import { retentionInputSchema, rulesInputSchema, vocabularyInputSchema } from './profile-input.ts';
import { settingsOf, storeSettings, type MatchingSettings } from './settings.ts';

/** The organisation's rules, vocabulary and retention period; members with the matching role. */
export async function getMatchingSettings(
	actor: Actor | null | undefined,
	options: { organizationId: string }
): Promise<MatchingSettings> {
	await assertMatchingAccess(actor, options.organizationId);
	return settingsOf(options.organizationId);
}

/** Replaces the organisation's pair rules and weights (`null` input: back to the defaults); managers only. */
export async function updateMatchingRules(
	actor: Actor | null | undefined,
	options: { organizationId: string; input: unknown | null }
): Promise<void> {
	const known = await assertMatchingManager(actor, options.organizationId);
	const rules = options.input === null ? null : parseInput(rulesInputSchema, options.input);
	await storeSettings(options.organizationId, { rules });
	await writeAudit({
		organizationId: options.organizationId,
		actor: known,
		action: 'rules',
		detail: rules ? null : 'standaard'
	});
}

/** Sets the organisation's own needs codes (added to the default vocabulary); managers only. */
export async function updateNeedsVocabulary(
	actor: Actor | null | undefined,
	options: { organizationId: string; input: unknown }
): Promise<void> {
	const known = await assertMatchingManager(actor, options.organizationId);
	const { extraNeeds } = parseInput(vocabularyInputSchema, options.input);
	await storeSettings(options.organizationId, { extraNeeds });
	await writeAudit({
		organizationId: options.organizationId,
		actor: known,
		action: 'settings',
		detail: `zorgbehoeften: ${extraNeeds.join(' ') || '—'}`
	});
}

/** Sets after how many days a left youth's profile is deleted; managers only. */
export async function updateRetention(
	actor: Actor | null | undefined,
	options: { organizationId: string; input: unknown }
): Promise<void> {
	const known = await assertMatchingManager(actor, options.organizationId);
	const { retentionDays } = parseInput(retentionInputSchema, options.input);
	await storeSettings(options.organizationId, { retentionDays });
	await writeAudit({
		organizationId: options.organizationId,
		actor: known,
		action: 'settings',
		detail: `bewaartermijn ${retentionDays} dagen`
	});
}
