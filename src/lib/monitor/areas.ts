import { provinces, regions } from '../nl/places.ts';
import type { SumConstraint } from './suppress.ts';

export type AreaLevel = 'nation' | 'province' | 'region';

/** A published area: the country, a provincie or a jeugdregio. Keys: "NL", "PV27", "JZ13". */
export interface Area {
	level: AreaLevel;
	code: string;
	name: string;
}

export const NATION: Area = { level: 'nation', code: 'NL', name: 'Nederland' };

/** Every published area: the country, then the provinces, then the jeugdregio's. */
export const areas: readonly Area[] = [
	NATION,
	...provinces.map((p) => ({ level: 'province' as const, code: p.code, name: p.name })),
	...regions.map((r) => ({ level: 'region' as const, code: r.code, name: r.name }))
];

const areaByCode = new Map(areas.map((a) => [a.code, a]));

/** The area with this code ("NL", "PV27", "JZ13"), if it exists. */
export function findArea(code: string): Area | undefined {
	return areaByCode.get(code.trim().toUpperCase());
}

/** The jeugdregio's that lie (partly) in a province. */
export function regionsOfProvince(provinceCode: string): Area[] {
	return regions.filter((r) => r.provinceCodes.includes(provinceCode)).map((r) => areaByCode.get(r.code)!);
}

/** The areas shown one level below an area: provinces or regions of the country, regions of a province. */
export function childrenOf(area: Area, level: 'province' | 'region' = 'region'): Area[] {
	if (area.level === 'nation') return areas.filter((a) => a.level === level);
	if (area.level === 'province') return regionsOfProvince(area.code);
	return [];
}

/**
 * The exact sums between published areas, which an attacker could use to recover a hidden cell:
 * the country is the sum of the provinces and the sum of the regions; a province is the sum of
 * its regions only when none of them crosses its border (otherwise the parts are not published).
 */
export const sumConstraints: readonly SumConstraint[] = [
	{ parent: NATION.code, children: provinces.map((p) => p.code) },
	{ parent: NATION.code, children: regions.map((r) => r.code) },
	...provinces.flatMap((p) => {
		const inside = regions.filter((r) => r.provinceCodes.includes(p.code));
		const isExact = inside.every((r) => r.provinceCodes.length === 1);
		return isExact ? [{ parent: p.code, children: inside.map((r) => r.code) }] : [];
	})
];
