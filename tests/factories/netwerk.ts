import { randomUUID } from 'node:crypto';
import type { Actor } from '../../src/lib/server/accounts/actor.ts';
import { createUser } from '../../src/lib/server/accounts/create-user.ts';
import { getDb, schema } from '../../src/lib/server/db/index.ts';
import { isAppError } from '../../src/lib/server/errors.ts';
import {
	findActiveParticipantByUserId,
	type Participant
} from '../../src/lib/server/netwerk/find-participant.ts';
import { registrationConsent } from '../../src/lib/netwerk/consent.ts';

export interface ParticipantOverrides {
	name?: string;
	email?: string;
	organizationId?: string | null;
	/** Platform role of the created account (default 'user'). */
	platformRole?: 'user' | 'coordinator' | 'editor' | 'researcher' | 'admin';
}

/** Creates an account (via the accounts module) and an active, confirmed participant for it. */
export async function createActiveParticipant(
	overrides: ParticipantOverrides = {}
): Promise<{ participant: Participant; userId: string; actor: Actor }> {
	const suffix = randomUUID().slice(0, 8);
	const name = overrides.name ?? `Deelnemer ${suffix}`;
	const email = (overrides.email ?? `deelnemer-${suffix}@example.org`).toLowerCase();
	const role = overrides.platformRole ?? 'user';
	const { id: userId } = await createUser({
		name,
		email,
		password: 'Wachtwoord-test-2026',
		emailVerified: true,
		role
	});
	const now = new Date();
	await getDb()
		.insert(schema.networkParticipant)
		.values({
			id: randomUUID(),
			userId,
			name,
			email,
			organizationId: overrides.organizationId ?? null,
			role: 'pedagogisch medewerker',
			themes: [],
			consentVersion: registrationConsent.version,
			consentAt: now,
			status: 'active',
			confirmedAt: now
		});
	const participant = await findActiveParticipantByUserId(userId);
	if (!participant) throw new Error('participant not created');
	return { participant, userId, actor: { id: userId, role } };
}

/** The field messages of input the promise refuses (path → message); fails when it is accepted. */
export async function fieldErrors(promise: Promise<unknown>): Promise<Record<string, string>> {
	try {
		await promise;
	} catch (err) {
		if (!isAppError(err)) throw err;
		return Object.fromEntries(err.fieldErrors.map((f) => [f.path, f.message]));
	}
	throw new Error('expected the input to be refused');
}
