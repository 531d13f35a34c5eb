import { describe, expect, it } from 'vitest';
import { findMunicipality, locate, municipalities, provinces, regions } from './places.ts';

describe('places', () => {
	it('holds the CBS 2025 classification: 342 gemeenten, 42 jeugdregio\'s, 12 provincies', () => {
		expect(municipalities).toHaveLength(342);
		expect(regions).toHaveLength(42);
		expect(provinces).toHaveLength(12);
		expect(regions.some((r) => r.code === 'JZ40')).toBe(false);
	});

	it('locates a gemeente in its jeugdregio and provincie', () => {
		const amsterdam = locate('GM0363');
		expect(amsterdam?.municipality.name).toBe('Amsterdam');
		expect(amsterdam?.region.name).toBe('Amsterdam-Amstelland');
		expect(amsterdam?.province.name).toBe('Noord-Holland');
		expect(locate('gm0014')?.province.name).toBe('Groningen');
		expect(findMunicipality('GM9999')).toBeUndefined();
	});

	it('puts every gemeente of a jeugdregio in one of the provinces listed for that region', () => {
		for (const gm of municipalities) {
			const region = regions.find((r) => r.code === gm.regionCode);
			expect(region?.provinceCodes).toContain(gm.provinceCode);
		}
		// The province-wide regions match their provinces (numbers from the CBS derivation).
		const count = (province: string) => municipalities.filter((m) => m.provinceCode === province).length;
		expect([count('PV20'), count('PV21'), count('PV22'), count('PV29')]).toEqual([10, 18, 12, 13]);
	});
});
