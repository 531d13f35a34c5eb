import { count, eq } from 'drizzle-orm';
import { getDb, schema } from '../db/index.ts';
import { assertPlatformAdmin, type Actor } from './actor.ts';

export interface OrganizationRow {
	id: string;
	name: string;
	slug: string;
	kind: string;
	memberCount: number;
}

/** Platform admins: every organisation by name, with its number of members. */
export async function listOrganizations(actor: Actor): Promise<OrganizationRow[]> {
	assertPlatformAdmin(actor);
	return getDb()
		.select({
			id: schema.organization.id,
			name: schema.organization.name,
			slug: schema.organization.slug,
			kind: schema.organization.kind,
			memberCount: count(schema.member.id)
		})
		.from(schema.organization)
		.leftJoin(schema.member, eq(schema.member.organizationId, schema.organization.id))
		.groupBy(schema.organization.id)
		.orderBy(schema.organization.name);
}
