/**
 * Seeded random instances of the matching model (matching.md) for the benchmark and the tests:
 * the same seed gives the same instance on every machine.
 */
import { defaultNeeds } from '../../src/lib/matching/matching-input.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';

/** Shape of a generated instance: raw JSON as the API and the CLI receive it. */
// A type alias (not an interface), so it passes where plain JSON records are expected.
export type GeneratedInstance = {
	homes: Record<string, unknown>[];
	youths: Record<string, unknown>[];
	rules: Record<string, unknown>;
};

export interface InstanceSize {
	homes: number;
	youths: number;
	/** Free places per home, drawn uniformly from [min, max]. */
	freeMin?: number;
	freeMax?: number;
}

/** The seeded generator the instances draw from (re-exported for the tests). */
export const makeRandom = seededRandom;

/** The pair rules used by the generated instances (a plausible regional rule set). */
export const generatedRules = {
	incompatible: [
		['seksueel-grensoverschrijdend', 'slachtoffer-seksueel-misbruik'],
		['criminaliteit', 'slachtoffer-seksueel-misbruik']
	],
	caution: [
		['agressie', 'agressie', 8],
		['verslaving', 'verslaving', 6],
		['agressie', 'trauma', 4],
		['criminaliteit', 'lvb', 5],
		['suicidaliteit', 'zelfbeschadiging', 7]
	]
};

/** Generates one instance: homes with residents and free places, waiting youths, the rules. */
export function generateInstance(seed: number, size: InstanceSize): GeneratedInstance {
	const random = makeRandom(seed);
	const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const some = (count: number) => {
		const pool = [...defaultNeeds];
		const chosen: string[] = [];
		for (let i = 0; i < count && pool.length > 0; i++)
			chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
		return chosen;
	};
	const municipalities = ['GM0363', 'GM0344', 'GM0518', 'GM0599', 'GM0014', 'GM0034', 'GM0200', 'GM0855'];
	const regionOf = (municipality: string) => `JZ${(municipality.charCodeAt(5) % 3) + 10}`;
	const genders = ['f', 'm', 'x'] as const;
	const person = (id: string, ageMin: number, ageMax: number) => ({
		id,
		age: int(ageMin, ageMax),
		gender: random() < 0.1 ? 'x' : pick(['f', 'm']),
		needs: some(int(0, 3)),
		intensity: int(1, 3)
	});
	const freeMin = size.freeMin ?? 1;
	const freeMax = size.freeMax ?? 3;
	const homes = Array.from({ length: size.homes }, (_, h) => {
		const free = int(freeMin, freeMax);
		const places = Math.max(1, Math.min(6, free + int(0, 3)));
		const ageMin = pick([8, 12, 12, 12, 14]);
		const ageMax = Math.min(23, ageMin + pick([5, 6, 6, 9]));
		const municipality = pick(municipalities);
		const residents = Array.from({ length: places - free }, (_, r) => person(`h${h}-r${r}`, ageMin, ageMax));
		const home: Record<string, unknown> = {
			id: `h${String(h).padStart(3, '0')}`,
			places,
			ageMin,
			ageMax,
			regime: random() < 0.15 ? 'closed' : 'open',
			competences: some(int(2, 5)),
			municipality,
			region: regionOf(municipality),
			residents
		};
		if (random() < 0.3) home.genders = random() < 0.5 ? [pick(genders)] : ['f', 'x'];
		if (random() < 0.5) home.maxIntensity = places * 2 + int(-1, 1);
		return home;
	});
	const youths = Array.from({ length: size.youths }, (_, y) => {
		const municipality = pick(municipalities);
		return {
			...person(`y${String(y).padStart(3, '0')}`, 10, 18),
			needs: some(int(1, 3)),
			closedAuthorisation: random() < 0.15,
			municipality,
			region: regionOf(municipality),
			waitingDays: int(0, 400)
		};
	});
	return { homes, youths, rules: generatedRules };
}
