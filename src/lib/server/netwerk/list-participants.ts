import { count, desc, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { pageWindow, type Page } from '../accounts/pagination.ts';
import { getDb, schema } from '../db/index.ts';
import { assertCoordinator } from './access.ts';

export interface ParticipantListItem {
	id: string;
	name: string;
	email: string;
	organizationName: string | null;
	proposedOrganizationName: string | null;
	role: string;
	status: string;
	createdAt: Date;
}

/** Coordinator: every sign-up (pending and active), newest first, a page at a time. */
export async function listParticipants(
	actor: Actor,
	options: { page?: number; pageSize?: number } = {}
): Promise<Page<ParticipantListItem>> {
	assertCoordinator(actor);
	const db = getDb();
	const p = schema.networkParticipant;
	const pageSize = options.pageSize ?? 25;
	const [counted] = await db.select({ total: count() }).from(p);
	const total = counted?.total ?? 0;
	const { page, pages, offset } = pageWindow(total, options.page ?? 1, pageSize);
	const items = await db
		.select({
			id: p.id,
			name: p.name,
			email: p.email,
			organizationName: schema.organization.name,
			proposedOrganizationName: p.proposedOrganizationName,
			role: p.role,
			status: p.status,
			createdAt: p.createdAt
		})
		.from(p)
		.leftJoin(schema.organization, eq(schema.organization.id, p.organizationId))
		.orderBy(desc(p.createdAt), p.id)
		.limit(pageSize)
		.offset(offset);
	return { items, total, page, pages, pageSize };
}
