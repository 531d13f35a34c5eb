import { eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { findProfileFor } from './access.ts';
import { writeAudit } from './audit.ts';

/** Erases a profile and its decisions on request (AVG); the audit log keeps only the code. */
export async function deleteProfile(
	actor: Actor | null | undefined,
	options: { profileId: string }
): Promise<{ organizationId: string }> {
	const { row, actor: known } = await findProfileFor(actor, options.profileId);
	await getDb().transaction(async (tx) => {
		await tx.delete(schema.youthProfile).where(eq(schema.youthProfile.id, row.id));
		await writeAudit(
			{
				organizationId: row.organizationId,
				actor: known,
				action: 'delete',
				profile: { id: row.id, code: row.code }
			},
			tx
		);
	});
	return { organizationId: row.organizationId };
}
