import { eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import { findMunicipality } from '../../nl/places.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { findProfileFor } from './access.ts';
import { writeAudit } from './audit.ts';
import { isCodeTaken } from './create-profile.ts';
import { profileInputSchema } from './profile-input.ts';
import { todayOf } from './profile-view.ts';

const fieldNames = [
	'code',
	'birthYear',
	'gender',
	'needs',
	'intensity',
	'closedAuthorisation',
	'municipalityCode',
	'waitingSince',
	'notes'
] as const;

/** Changes a profile's facts (not its status: decisions do that); logs which fields changed. */
export async function updateProfile(
	actor: Actor | null | undefined,
	options: { profileId: string; input: unknown; now?: Date }
): Promise<void> {
	const { row, actor: known } = await findProfileFor(actor, options.profileId);
	const input = parseInput(profileInputSchema(todayOf(options.now ?? new Date())), options.input);
	const code = input.code ?? row.code;
	if (code !== row.code && (await isCodeTaken(row.organizationId, code, row.id))) {
		throw new AppError('invalid-input', m.matching.errors.codeTaken, [
			{ path: 'code', message: m.matching.errors.codeTaken }
		]);
	}
	const next = {
		code,
		birthYear: input.birthYear,
		gender: input.gender,
		needs: input.needs,
		intensity: input.intensity,
		closedAuthorisation: input.closedAuthorisation,
		municipalityCode: input.municipalityCode,
		waitingSince: input.waitingSince,
		notes: input.notes ?? null
	};
	// The log names the fields, never their values: the log itself must not hold health data.
	const changed = fieldNames.filter((f) => JSON.stringify(next[f]) !== JSON.stringify(row[f]));
	await getDb().transaction(async (tx) => {
		await tx
			.update(schema.youthProfile)
			.set({
				...next,
				regionCode: findMunicipality(input.municipalityCode)!.regionCode,
				updatedAt: new Date()
			})
			.where(eq(schema.youthProfile.id, row.id));
		await writeAudit(
			{
				organizationId: row.organizationId,
				actor: known,
				action: 'update',
				profile: { id: row.id, code },
				detail: changed.join(', ') || null
			},
			tx
		);
	});
}
