import { asc, eq } from 'drizzle-orm';
import { getDb, schema } from '../db/index.ts';
import type { GroupMember, NetworkGroup } from './group-member-fields.ts';

/** Public: the members of a group in their set order. */
export async function listGroupMembers(group: NetworkGroup): Promise<GroupMember[]> {
	const g = schema.networkGroupMember;
	return getDb()
		.select({ id: g.id, name: g.name, description: g.description, website: g.website })
		.from(g)
		.where(eq(g.kind, group))
		.orderBy(asc(g.position), asc(g.name));
}
