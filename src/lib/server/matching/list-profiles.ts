import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../accounts/actor.ts';
import { pageWindow, type Page } from '../accounts/pagination.ts';
import { getDb, schema } from '../db/index.ts';
import { assertMatchingAccess } from './access.ts';
import { writeAudit } from './audit.ts';
import { profileViewOf, todayOf, type ProfileView } from './profile-view.ts';
import { settingsOf } from './settings.ts';

/** Profiles shown per page. */
export const PROFILE_PAGE_SIZE = 25;

/** A status filter from a query string; anything else means all. */
export const statusFilter = z.enum(['waiting', 'placed', 'left']).optional().catch(undefined);

/** The organisation's profiles, a page at a time, waiting first by code; the listing is logged. */
export async function listProfiles(
	actor: Actor | null | undefined,
	options: { organizationId: string; status?: 'waiting' | 'placed' | 'left'; page?: number; now?: Date }
): Promise<Page<ProfileView>> {
	const known = await assertMatchingAccess(actor, options.organizationId);
	const today = todayOf(options.now ?? new Date());
	const where: SQL[] = [eq(schema.youthProfile.organizationId, options.organizationId)];
	if (options.status) where.push(eq(schema.youthProfile.status, options.status));
	const [total] = await getDb()
		.select({ n: count() })
		.from(schema.youthProfile)
		.where(and(...where));
	const window = pageWindow(total!.n, options.page ?? 1, PROFILE_PAGE_SIZE);
	const rows = await getDb()
		.select({ row: schema.youthProfile, homeName: schema.home.name })
		.from(schema.youthProfile)
		.leftJoin(schema.home, eq(schema.home.id, schema.youthProfile.homeId))
		.where(and(...where))
		.orderBy(
			sql`case ${schema.youthProfile.status} when 'waiting' then 0 when 'placed' then 1 else 2 end`,
			asc(schema.youthProfile.code)
		)
		.limit(PROFILE_PAGE_SIZE)
		.offset(window.offset);
	const { retentionDays } = await settingsOf(options.organizationId);
	await writeAudit({
		organizationId: options.organizationId,
		actor: known,
		action: 'list',
		detail: `pagina ${window.page}`
	});
	return {
		items: rows.map(({ row, homeName }) => profileViewOf(row, { today, homeName, retentionDays })),
		total: total!.n,
		page: window.page,
		pages: window.pages,
		pageSize: PROFILE_PAGE_SIZE
	};
}
