import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { findMunicipality } from '../../nl/places.ts';
import { getDb, schema } from '../db/index.ts';
import { demoAccounts } from '../demo/demo-accounts.ts';
import { addDays, todayOf } from './profile-view.ts';

interface DemoProfile {
	code: string;
	age: number;
	gender: 'f' | 'm' | 'x';
	needs: string[];
	intensity: number;
	municipalityCode: string;
	waitingDays: number;
	notes?: string;
	/** Index of the De Linde home (by name) the youth lives in, with days since placement. */
	placed?: { home: number; days: number };
}

// Synthetic youths: codes are made up and obviously pseudonyms; no real person behind any line.
const lindeProfiles: DemoProfile[] = [
	{
		code: 'J-4KM7Q',
		age: 15,
		gender: 'f',
		needs: ['trauma', 'hechting'],
		intensity: 2,
		municipalityCode: 'GM0344',
		waitingDays: 40,
		notes: 'Gaat graag naar school in de wijk.'
	},
	{
		code: 'J-8RT2W',
		age: 14,
		gender: 'm',
		needs: ['lvb', 'agressie'],
		intensity: 3,
		municipalityCode: 'GM0307',
		waitingDays: 95
	},
	{
		code: 'J-3PX9D',
		age: 16,
		gender: 'x',
		needs: ['autisme'],
		intensity: 1,
		municipalityCode: 'GM0344',
		waitingDays: 12,
		notes: 'Heeft baat bij vaste dagstructuur.'
	},
	{
		code: 'J-6HN4B',
		age: 17,
		gender: 'm',
		needs: ['verslaving', 'criminaliteit'],
		intensity: 2,
		municipalityCode: 'GM0356',
		waitingDays: 63
	},
	{
		code: 'J-2VC8F',
		age: 13,
		gender: 'f',
		needs: ['slachtoffer-seksueel-misbruik', 'trauma'],
		intensity: 2,
		municipalityCode: 'GM0344',
		waitingDays: 30
	},
	{
		code: 'J-9WG3K',
		age: 16,
		gender: 'f',
		needs: ['trauma', 'zelfbeschadiging'],
		intensity: 2,
		municipalityCode: 'GM0344',
		waitingDays: 200,
		placed: { home: 0, days: 120 }
	},
	{
		code: 'J-5TB6M',
		age: 15,
		gender: 'm',
		needs: ['adhd'],
		intensity: 1,
		municipalityCode: 'GM0307',
		waitingDays: 150,
		placed: { home: 0, days: 60 }
	},
	{
		code: 'J-7DQ2R',
		age: 18,
		gender: 'm',
		needs: ['lvb'],
		intensity: 2,
		municipalityCode: 'GM0307',
		waitingDays: 300,
		placed: { home: 1, days: 200 }
	}
];

/**
 * Adds synthetic youth profiles (waiting and placed) to the demo provider De Linde and gives the
 * demo manager and member the matching role.
 */
export async function seedDemoProfiles(options: { providerLinde: string; now?: Date }): Promise<void> {
	const today = todayOf(options.now ?? new Date());
	const year = Number(today.slice(0, 4));
	const homes = await getDb()
		.select({ id: schema.home.id })
		.from(schema.home)
		.where(and(eq(schema.home.organizationId, options.providerLinde), eq(schema.home.status, 'active')))
		.orderBy(asc(schema.home.name));
	const users = await getDb()
		.select({ id: schema.user.id })
		.from(schema.user)
		.where(
			inArray(schema.user.email, [demoAccounts.providerManager.email, demoAccounts.providerMember.email])
		);
	for (const { id: userId } of users) {
		await getDb()
			.insert(schema.matchingAccess)
			.values({ id: randomUUID(), organizationId: options.providerLinde, userId })
			.onConflictDoNothing();
	}
	// Demo competences make the explanations show covered and uncovered needs.
	const competences = [
		['trauma', 'hechting', 'zelfbeschadiging'],
		['lvb', 'agressie', 'adhd']
	];
	for (const [index, home] of homes.entries()) {
		await getDb()
			.insert(schema.matchingHomeSettings)
			.values({ homeId: home.id, competences: competences[index % 2]!, maxIntensity: 8 })
			.onConflictDoNothing();
	}
	for (const p of lindeProfiles) {
		const home = p.placed ? homes[p.placed.home] : undefined;
		await getDb()
			.insert(schema.youthProfile)
			.values({
				id: randomUUID(),
				organizationId: options.providerLinde,
				code: p.code,
				birthYear: year - p.age,
				gender: p.gender,
				needs: p.needs,
				intensity: p.intensity,
				closedAuthorisation: false,
				municipalityCode: p.municipalityCode,
				regionCode: findMunicipality(p.municipalityCode)!.regionCode,
				waitingSince: addDays(today, -p.waitingDays),
				notes: p.notes ?? null,
				status: home ? 'placed' : 'waiting',
				homeId: home?.id ?? null,
				placedSince: home ? addDays(today, -p.placed!.days) : null
			})
			.onConflictDoNothing();
	}
}
