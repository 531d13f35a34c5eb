import { count, desc } from 'drizzle-orm';
import { assertPlatformAdmin, type Actor } from '../accounts/actor.ts';
import { pageField, pageWindow, type Page } from '../accounts/pagination.ts';
import { getDb, schema } from '../db/index.ts';

const PAGE_SIZE = 25;

export interface OutboxRow {
	id: string;
	to: string;
	subject: string;
	createdAt: Date;
}

/** Platform admins: the mails in the outbox, newest first, 25 a page. */
export async function listOutbox(actor: Actor, input: { page?: unknown }): Promise<Page<OutboxRow>> {
	assertPlatformAdmin(actor);
	const requested = pageField.parse(input.page ?? 1);
	const db = getDb();
	const [totalRow] = await db.select({ n: count() }).from(schema.mailOutbox);
	const total = totalRow?.n ?? 0;
	const window = pageWindow(total, requested, PAGE_SIZE);
	const items = await db
		.select({
			id: schema.mailOutbox.id,
			to: schema.mailOutbox.to,
			subject: schema.mailOutbox.subject,
			createdAt: schema.mailOutbox.createdAt
		})
		.from(schema.mailOutbox)
		.orderBy(desc(schema.mailOutbox.createdAt), desc(schema.mailOutbox.id))
		.limit(PAGE_SIZE)
		.offset(window.offset);
	return { items, total, page: window.page, pages: window.pages, pageSize: PAGE_SIZE };
}
