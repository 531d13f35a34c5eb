import { eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/types.ts';
import { getDb, schema } from '../db/index.ts';

/** The user as the app sees it (locals.user), with their organisations and roles there. */
export async function loadSessionUser(userId: string): Promise<SessionUser | null> {
	const db = getDb();
	const [row] = await db.select().from(schema.user).where(eq(schema.user.id, userId));
	if (!row) return null;
	const memberships = await db
		.select({
			id: schema.organization.id,
			name: schema.organization.name,
			kind: schema.organization.kind,
			role: schema.member.role
		})
		.from(schema.member)
		.innerJoin(schema.organization, eq(schema.organization.id, schema.member.organizationId))
		.where(eq(schema.member.userId, userId))
		.orderBy(schema.organization.name);
	return {
		id: row.id,
		name: row.name,
		email: row.email,
		emailVerified: row.emailVerified,
		role: row.role,
		organizations: memberships.map((o) => ({ ...o, role: o.role === 'manager' ? 'manager' : 'member' }))
	};
}
