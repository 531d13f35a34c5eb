import { count, desc, ilike, or } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, schema } from '../db/index.ts';
import { parseInput } from '../validation.ts';
import { assertPlatformAdmin, type Actor } from './actor.ts';
import { pageField, pageWindow, type Page } from './pagination.ts';

const PAGE_SIZE = 25;

const listUsersSchema = z.object({
	search: z.string().trim().max(200).optional().catch(undefined),
	page: pageField.default(1)
});

export interface UserRow {
	id: string;
	name: string;
	email: string;
	role: string;
	emailVerified: boolean;
	banned: boolean;
	createdAt: Date;
}

/** Platform admins: the users, newest first, 25 a page, optionally filtered on name or e-mail. */
export async function listUsers(actor: Actor, input: { search?: unknown; page?: unknown }): Promise<Page<UserRow>> {
	assertPlatformAdmin(actor);
	const { search, page } = parseInput(listUsersSchema, input);
	const db = getDb();
	// Escape LIKE wildcards so that a search for "%" finds a literal "%".
	const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
	const where = pattern ? or(ilike(schema.user.name, pattern), ilike(schema.user.email, pattern)) : undefined;
	const [totalRow] = await db.select({ n: count() }).from(schema.user).where(where);
	const total = totalRow?.n ?? 0;
	const window = pageWindow(total, page, PAGE_SIZE);
	const items = await db
		.select({
			id: schema.user.id,
			name: schema.user.name,
			email: schema.user.email,
			role: schema.user.role,
			emailVerified: schema.user.emailVerified,
			banned: schema.user.banned,
			createdAt: schema.user.createdAt
		})
		.from(schema.user)
		.where(where)
		.orderBy(desc(schema.user.createdAt), schema.user.email)
		.limit(PAGE_SIZE)
		.offset(window.offset);
	return { items, total, page: window.page, pages: window.pages, pageSize: PAGE_SIZE };
}
