import { asc } from 'drizzle-orm';
import { getDb, schema } from '../db/index.ts';

/** Public: every organisation as a choice on the sign-up form (names only). */
export async function listOrganizationOptions(): Promise<{ id: string; name: string }[]> {
	return getDb()
		.select({ id: schema.organization.id, name: schema.organization.name })
		.from(schema.organization)
		.orderBy(asc(schema.organization.name));
}
