import { and, eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { assertMatchingManager } from './access.ts';
import { writeAudit } from './audit.ts';
import { homeSettingsInputSchema } from './profile-input.ts';

/** Sets a home's matching settings (genders, max intensity, competences); managers of its organisation. */
export async function updateHomeSettings(
	actor: Actor | null | undefined,
	options: { organizationId: string; homeId: string; input: unknown }
): Promise<void> {
	const known = await assertMatchingManager(actor, options.organizationId);
	const [home] = await getDb()
		.select({ id: schema.home.id, name: schema.home.name })
		.from(schema.home)
		.where(and(eq(schema.home.id, options.homeId), eq(schema.home.organizationId, options.organizationId)));
	if (!home) throw new AppError('not-found', m.matching.errors.homeNotFound);
	const input = parseInput(homeSettingsInputSchema, options.input);
	// All three genders ticked means "no restriction", stored as null like an omitted list.
	const values = {
		genders: input.genders.length === 3 ? null : input.genders,
		maxIntensity: input.maxIntensity ?? null,
		competences: input.competences
	};
	await getDb()
		.insert(schema.matchingHomeSettings)
		.values({ homeId: home.id, ...values })
		.onConflictDoUpdate({
			target: schema.matchingHomeSettings.homeId,
			set: { ...values, updatedAt: new Date() }
		});
	await writeAudit({
		organizationId: options.organizationId,
		actor: known,
		action: 'home-settings',
		detail: home.name
	});
}
