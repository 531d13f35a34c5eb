import { randomUUID } from 'node:crypto';
import { getDb, schema, type Database } from '../db/index.ts';

/** The transaction type of the one Drizzle client. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** One line of the audit log: who did what with which profile. */
export interface AuditEntry {
	organizationId: string;
	/** The user, or null for the system (scheduled retention job, seed). */
	actor: { id: string; name: string } | null;
	action: string;
	profile?: { id: string; code: string } | null;
	detail?: string | null;
}

/** Appends one entry to the matching audit log (inside the caller's transaction when given). */
export async function writeAudit(entry: AuditEntry, tx?: Transaction): Promise<void> {
	const isUser = entry.actor !== null && entry.actor.id !== 'system';
	await (tx ?? getDb()).insert(schema.matchingAuditEntry).values({
		id: randomUUID(),
		organizationId: entry.organizationId,
		actorId: isUser ? entry.actor!.id : null,
		actorName: isUser ? entry.actor!.name : null,
		action: entry.action,
		profileId: entry.profile?.id ?? null,
		profileCode: entry.profile?.code ?? null,
		detail: entry.detail ?? null
	});
}

/** Appends one entry per profile (a ranking or proposal shows several profiles at once). */
export async function writeAuditForProfiles(
	entry: Omit<AuditEntry, 'profile'>,
	profiles: { id: string; code: string }[]
): Promise<void> {
	if (profiles.length === 0) return;
	const isUser = entry.actor !== null && entry.actor.id !== 'system';
	await getDb()
		.insert(schema.matchingAuditEntry)
		.values(
			profiles.map((profile) => ({
				id: randomUUID(),
				organizationId: entry.organizationId,
				actorId: isUser ? entry.actor!.id : null,
				actorName: isUser ? entry.actor!.name : null,
				action: entry.action,
				profileId: profile.id,
				profileCode: profile.code,
				detail: entry.detail ?? null
			}))
		);
}
