import { and, countDistinct, eq, isNotNull } from 'drizzle-orm';
import { getDb, schema } from '../db/index.ts';

/** Public: how many organisations have at least one active participant (proposals not counted). */
export async function countParticipatingOrganizations(): Promise<number> {
	const p = schema.networkParticipant;
	const [row] = await getDb()
		.select({ n: countDistinct(p.organizationId) })
		.from(p)
		.where(and(eq(p.status, 'active'), isNotNull(p.organizationId)));
	return row?.n ?? 0;
}
