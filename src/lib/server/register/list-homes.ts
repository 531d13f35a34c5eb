import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { findProvince, findRegion } from '../../nl/places.ts';
import { regimes, settings, targetGroups, verdicts } from '../../register/home-input.ts';
import { pageWindow, type Page } from '../accounts/pagination.ts';
import { getDb, schema } from '../db/index.ts';
import { parseInput } from '../validation.ts';
import { homeSummaryOf, type HomeSummary } from './home-view.ts';

const h = m.register.home;

// Query strings: "" means no filter, like an untouched select in the filter form.
const blank = (value: unknown) => (value === '' || value === null ? undefined : value);
const filter = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());
const code = (find: (code: string) => { code: string } | undefined) =>
	z.string(h.filter).transform((value, ctx) => {
		const found = find(value);
		if (!found) {
			ctx.addIssue({ code: 'custom', message: h.filter });
			return z.NEVER;
		}
		return found.code;
	});

/** The filters and page of the public register (query string of GET /api/v1/homes and /register). */
export const homeFiltersSchema = z.object({
	province: filter(code(findProvince)).meta({ description: 'Provincie code, e.g. PV27' }),
	region: filter(code(findRegion)).meta({ description: 'Jeugdregio code, e.g. JZ13' }),
	setting: filter(z.enum(settings, h.filter)),
	regime: filter(z.enum(regimes, h.filter)),
	targetGroup: filter(z.enum(targetGroups, h.filter)),
	verdict: filter(z.enum(verdicts, h.filter)),
	page: z.preprocess(
		blank,
		z.coerce.number(h.page).int(h.page).min(1, h.page).max(100_000, h.page).default(1)
	),
	pageSize: z.preprocess(
		blank,
		z.coerce.number(h.pageSize).int(h.pageSize).min(1, h.pageSize).max(100, h.pageSize).default(20)
	)
});

export type HomeFilters = z.output<typeof homeFiltersSchema>;

/** The public register: active homes matching the filters, by name, one page with the total. */
export async function listHomes(query: unknown): Promise<Page<HomeSummary>> {
	const filters = parseInput(homeFiltersSchema, query ?? {});
	const { home, organization } = schema;
	const conditions: SQL[] = [eq(home.status, 'active')];
	if (filters.province) conditions.push(eq(home.provinceCode, filters.province));
	if (filters.region) conditions.push(eq(home.regionCode, filters.region));
	if (filters.setting) conditions.push(eq(home.setting, filters.setting));
	if (filters.regime) conditions.push(eq(home.regime, filters.regime));
	if (filters.targetGroup) conditions.push(eq(home.targetGroup, filters.targetGroup));
	if (filters.verdict) conditions.push(eq(home.verdict, filters.verdict));
	const where = and(...conditions);

	const db = getDb();
	const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(home).where(where);
	const { page, pages, offset } = pageWindow(total, filters.page, filters.pageSize);
	const rows = await db
		.select({ row: home, organizationName: organization.name })
		.from(home)
		.innerJoin(organization, eq(organization.id, home.organizationId))
		.where(where)
		.orderBy(asc(home.name), asc(home.id))
		.limit(filters.pageSize)
		.offset(offset);
	return {
		items: rows.map(({ row, organizationName }) => homeSummaryOf(row, organizationName)),
		total,
		page,
		pages,
		pageSize: filters.pageSize
	};
}
