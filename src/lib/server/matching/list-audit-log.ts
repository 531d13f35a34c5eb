import { count, desc, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { pageWindow, type Page } from '../accounts/pagination.ts';
import { getDb, schema } from '../db/index.ts';
import { assertMatchingManager } from './access.ts';

/** Entries shown per page of the audit log. */
export const AUDIT_PAGE_SIZE = 50;

/** One line of the audit log as the managers read it. */
export interface AuditLine {
	id: string;
	at: Date;
	actorName: string | null;
	action: string;
	profileCode: string | null;
	detail: string | null;
}

/** The organisation's audit log, newest first, a page at a time; managers of the organisation only. */
export async function listAuditLog(
	actor: Actor | null | undefined,
	options: { organizationId: string; page?: number }
): Promise<Page<AuditLine>> {
	await assertMatchingManager(actor, options.organizationId);
	const where = eq(schema.matchingAuditEntry.organizationId, options.organizationId);
	const [total] = await getDb().select({ n: count() }).from(schema.matchingAuditEntry).where(where);
	const window = pageWindow(total!.n, options.page ?? 1, AUDIT_PAGE_SIZE);
	const rows = await getDb()
		.select()
		.from(schema.matchingAuditEntry)
		.where(where)
		.orderBy(desc(schema.matchingAuditEntry.createdAt), desc(schema.matchingAuditEntry.id))
		.limit(AUDIT_PAGE_SIZE)
		.offset(window.offset);
	return {
		items: rows.map((r) => ({
			id: r.id,
			at: r.createdAt,
			actorName: r.actorName,
			action: r.action,
			profileCode: r.profileCode,
			detail: r.detail
		})),
		total: total!.n,
		page: window.page,
		pages: window.pages,
		pageSize: AUDIT_PAGE_SIZE
	};
}
