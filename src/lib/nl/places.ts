import data from './data/gemeenten.json' with { type: 'json' };

/** A gemeente with the jeugdregio and provincie it belongs to (CBS 2025 classification). */
export interface Municipality {
	code: string;
	name: string;
	regionCode: string;
	provinceCode: string;
}

export interface Region {
	code: string;
	name: string;
	/** A few jeugdregio's cross a provincial border, so a region can lie in two provinces. */
	provinceCodes: string[];
}

export interface Province {
	code: string;
	name: string;
}

export const municipalities: readonly Municipality[] = data.municipalities;
export const regions: readonly Region[] = data.regions;
export const provinces: readonly Province[] = data.provinces;

const byCode = <T extends { code: string }>(list: readonly T[]) => new Map(list.map((item) => [item.code, item]));
const municipalityByCode = byCode(municipalities);
const regionByCode = byCode(regions);
const provinceByCode = byCode(provinces);

/** The gemeente with this CBS code (e.g. "GM0363"), if it exists. */
export function findMunicipality(code: string): Municipality | undefined {
	return municipalityByCode.get(code.trim().toUpperCase());
}

/** The jeugdregio with this code (e.g. "JZ13"), if it exists. */
export function findRegion(code: string): Region | undefined {
	return regionByCode.get(code.trim().toUpperCase());
}

/** The provincie with this code (e.g. "PV27"), if it exists. */
export function findProvince(code: string): Province | undefined {
	return provinceByCode.get(code.trim().toUpperCase());
}

/** The gemeente, its jeugdregio and its provincie together, for a gemeente code. */
export function locate(code: string): { municipality: Municipality; region: Region; province: Province } | undefined {
	const municipality = findMunicipality(code);
	if (!municipality) return undefined;
	return {
		municipality,
		region: regionByCode.get(municipality.regionCode)!,
		province: provinceByCode.get(municipality.provinceCode)!
	};
}
