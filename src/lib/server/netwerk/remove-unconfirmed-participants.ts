import { and, eq, lt } from 'drizzle-orm';
import { getDb, schema } from '../db/index.ts';
import { UNCONFIRMED_RETENTION_MS } from './token.ts';

/** Removes sign-ups that stayed unconfirmed for 7 days (recurring job); returns how many. */
export async function removeUnconfirmedParticipants(context: { now: Date }): Promise<number> {
	const p = schema.networkParticipant;
	const cutoff = new Date(context.now.getTime() - UNCONFIRMED_RETENTION_MS);
	const removed = await getDb()
		.delete(p)
		.where(and(eq(p.status, 'pending'), lt(p.createdAt, cutoff)))
		.returning({ id: p.id });
	return removed.length;
}
