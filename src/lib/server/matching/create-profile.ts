import { randomInt, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import { findMunicipality } from '../../nl/places.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { assertMatchingAccess } from './access.ts';
import { writeAudit } from './audit.ts';
import { profileInputSchema } from './profile-input.ts';
import { todayOf } from './profile-view.ts';

// No 0/O, 1/I/L: codes are read aloud and typed over.
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A random pseudonym such as "J-7KQ4M": never derived from the youth, always with a digit. */
export function generateProfileCode(): string {
	for (;;) {
		let code = '';
		for (let i = 0; i < 5; i += 1) code += alphabet[randomInt(alphabet.length)];
		if (/\d/.test(code)) return `J-${code}`;
	}
}

/** Whether the organisation already uses the code. */
export async function isCodeTaken(organizationId: string, code: string, exceptId?: string): Promise<boolean> {
	const rows = await getDb()
		.select({ id: schema.youthProfile.id })
		.from(schema.youthProfile)
		.where(and(eq(schema.youthProfile.organizationId, organizationId), eq(schema.youthProfile.code, code)));
	return rows.some((r) => r.id !== exceptId);
}

/** Creates a waiting youth's profile for the organisation; members with the matching role only. */
export async function createProfile(
	actor: Actor | null | undefined,
	options: { organizationId: string; input: unknown; now?: Date }
): Promise<{ id: string; code: string }> {
	const known = await assertMatchingAccess(actor, options.organizationId);
	const today = todayOf(options.now ?? new Date());
	const input = parseInput(profileInputSchema(today), options.input);
	let code = input.code;
	if (code && (await isCodeTaken(options.organizationId, code))) {
		throw new AppError('invalid-input', m.matching.errors.codeTaken, [
			{ path: 'code', message: m.matching.errors.codeTaken }
		]);
	}
	while (!code || (await isCodeTaken(options.organizationId, code))) code = generateProfileCode();
	const id = randomUUID();
	await getDb().transaction(async (tx) => {
		await tx.insert(schema.youthProfile).values({
			id,
			organizationId: options.organizationId,
			code: code!,
			birthYear: input.birthYear,
			gender: input.gender,
			needs: input.needs,
			intensity: input.intensity,
			closedAuthorisation: input.closedAuthorisation,
			municipalityCode: input.municipalityCode,
			regionCode: findMunicipality(input.municipalityCode)!.regionCode,
			waitingSince: input.waitingSince,
			notes: input.notes ?? null,
			status: 'waiting'
		});
		await writeAudit(
			{
				organizationId: options.organizationId,
				actor: known,
				action: 'create',
				profile: { id, code: code! }
			},
			tx
		);
	});
	return { id, code: code! };
}
