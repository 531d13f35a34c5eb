import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { assertCanReadHomes } from './home-access.ts';
import { homeSummaryOf, type HomeSummary } from './home-view.ts';

/** Every home of an organisation, archived ones included, for its members and admins. */
export async function listOrganizationHomes(
	actor: Actor | null | undefined,
	options: { organizationId: string }
): Promise<HomeSummary[]> {
	await assertCanReadHomes(actor, options.organizationId);
	const rows = await getDb()
		.select({ row: schema.home, organizationName: schema.organization.name })
		.from(schema.home)
		.innerJoin(schema.organization, eq(schema.organization.id, schema.home.organizationId))
		.where(eq(schema.home.organizationId, options.organizationId))
		.orderBy(asc(schema.home.name), asc(schema.home.id));
	return rows.map(({ row, organizationName }) => homeSummaryOf(row, organizationName));
}
