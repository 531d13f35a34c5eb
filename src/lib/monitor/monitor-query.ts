import { z } from 'zod';
import { regimes, settings, targetGroups } from '../register/home-input.ts';
import { findArea } from './areas.ts';
import type { MonitorFilters } from './base-cells.ts';
import { parseQuarter } from './quarter.ts';

const message = {
	area: 'Gebied: gebruik NL, een provinciecode (zoals PV27) of een jeugdregiocode (zoals JZ13).',
	level: 'Niveau: kies nation, province, region of all.',
	quarter: 'Kwartaal: gebruik de vorm 2025Q3 of 2025K3.',
	setting: 'Ligging: kies neighbourhood of campus.',
	regime: 'Regime: kies open of closed.',
	targetGroup: 'Doelgroep: kies complex-needs, closed-authorisation of nji-third-form.',
	mapFigure: 'Kaart: kies een van de percentages of aantallen van de monitor.',
	mapLevel: 'Kaart per: kies province of region.'
};

// Query strings: "" means not given, as an untouched select in the filter form.
const blank = (value: unknown) => (value === '' || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

const quarter = z.string(message.quarter).transform((value, ctx) => {
	const key = parseQuarter(value);
	if (!key) {
		ctx.addIssue({ code: 'custom', message: message.quarter });
		return z.NEVER;
	}
	return key;
});

/** The filters of the dashboards and the open data (query string). */
export const monitorFiltersSchema = z.object({
	setting: optional(z.enum(settings, message.setting)),
	regime: optional(z.enum(regimes, message.regime)),
	targetGroup: optional(z.enum(targetGroups, message.targetGroup))
});

/** Figures a map can show. */
export const mapFigures = [
	'occupancy',
	'unplannedShare',
	'turnover',
	'educationShare',
	'meetingShare',
	'homes',
	'places',
	'waitingList'
] as const;
export type MapFigure = (typeof mapFigures)[number];

/** The query of a dashboard page: the area comes from the path, the rest from the query string. */
export const dashboardQuerySchema = monitorFiltersSchema.extend({
	kwartaal: optional(quarter),
	kaart: optional(z.enum(mapFigures, message.mapFigure)).default('occupancy'),
	per: optional(z.enum(['province', 'region'], message.mapLevel)).default('region')
});

/** The query of the open data endpoints. */
export const openDataQuerySchema = monitorFiltersSchema.extend({
	level: optional(z.enum(['nation', 'province', 'region', 'all'], message.level)).default('all'),
	area: optional(
		z.string(message.area).transform((value, ctx) => {
			const found = findArea(value);
			if (!found) {
				ctx.addIssue({ code: 'custom', message: message.area });
				return z.NEVER;
			}
			return found.code;
		})
	),
	from: optional(quarter),
	to: optional(quarter)
});

/** An area code from a path segment; the Dutch message when it is unknown. */
export const areaCodeSchema = z.string(message.area).transform((value, ctx) => {
	const found = findArea(value);
	if (!found) {
		ctx.addIssue({ code: 'custom', message: message.area });
		return z.NEVER;
	}
	return found.code;
});

/** Only the filter keys that are set. */
export function filtersOf(query: MonitorFilters): MonitorFilters {
	const out: MonitorFilters = {};
	if (query.setting) out.setting = query.setting;
	if (query.regime) out.regime = query.regime;
	if (query.targetGroup) out.targetGroup = query.targetGroup;
	return out;
}
