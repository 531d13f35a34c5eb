import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { municipalities } from '../../nl/places.ts';
import {
	previousQuarter,
	quarterOf,
	quartersBetween,
	daysInQuarter,
	compareQuarters,
	type QuarterKey
} from '../../monitor/quarter.ts';
import { reportFields, type ReportValues } from '../../monitor/report-input.ts';
import type { HomeInput } from '../../register/home-input.ts';
import type { Shift } from '../../register/roster.ts';
import { seededRandom } from '../../seeded-random.ts';
import { getDb, schema } from '../db/index.ts';
import { columnsOf, diffInputs } from '../register/home-record.ts';

/** The first quarter of the synthetic history. */
export const DEMO_HISTORY_START: QuarterKey = '2021Q1';

// Homes per jeugdregio besides the three demo homes of seedDemoHomes: most regions get enough
// homes (≥ 5) for their figures to be published; a few get one to three, so that the dashboards
// and the open data show suppression at work.
const homesPerRegion: Record<string, number> = {
	JZ22: 5,
	JZ20: 5,
	JZ32: 4,
	JZ13: 8,
	JZ29: 7,
	JZ24: 6,
	JZ01: 6,
	JZ14: 5,
	JZ39: 6,
	JZ41: 5,
	JZ28: 5,
	JZ02: 2,
	JZ38: 1,
	JZ04: 3,
	JZ07: 2,
	JZ18: 3,
	JZ23: 2,
	JZ26: 1
};

const homeNames = [
	'Berk',
	'Wilg',
	'Es',
	'Beuk',
	'Hazelaar',
	'Vlier',
	'Lijster',
	'Merel',
	'Zwaluw',
	'Spreeuw',
	'Vink',
	'Reiger',
	'Duin',
	'Polder',
	'Kade',
	'Haven'
];

function fullWeek(carers: number): Shift[] {
	return [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
		{ weekday, start: '07:00', end: '15:00', carers },
		{ weekday, start: '15:00', end: '23:00', carers },
		{ weekday, start: '23:00', end: '07:00', carers }
	]);
}

function demoHomeInput(regionCode: string, index: number, random: () => number): HomeInput {
	const inRegion = municipalities.filter((m) => m.regionCode === regionCode);
	const municipality = inRegion[index % inRegion.length]!;
	const places = [3, 4, 4, 4, 5, 6, 8][Math.floor(random() * 7)]!;
	const isCampus = random() < 0.25;
	const isClosed = random() < 0.15;
	const hasNightGap = random() < 0.2;
	const carers = Math.ceil(places / 4);
	return {
		name: `Demo: Huis ${homeNames[(index * 7 + regionCode.charCodeAt(3)) % homeNames.length]} ${municipality.name}`,
		description: 'Synthetische demowoning voor de monitor.',
		city: municipality.name,
		municipalityCode: municipality.code,
		setting: isCampus ? 'campus' : 'neighbourhood',
		regime: isClosed ? 'closed' : 'open',
		places,
		ageMin: 12,
		ageMax: random() < 0.1 ? 25 : 18,
		targetGroup: isClosed ? 'closed-authorisation' : random() < 0.7 ? 'complex-needs' : 'nji-third-form',
		aroundTheClock: true,
		homeLike: true,
		staffLiveIn: random() < 0.05,
		fixedTeam: random() < 0.9,
		teamSize: 6 + places + Math.floor(random() * 4),
		individualCare: true,
		perspective: { housing: true, care: true, educationOrWork: random() < 0.9 },
		ijwCategory: isClosed ? 44 : 43,
		contractingMunicipalities: [municipality.code],
		roster: hasNightGap
			? fullWeek(carers).filter((s) => !(s.start === '23:00' && s.weekday >= 6))
			: fullWeek(carers)
	};
}

/** Synthetic figures of one home in one quarter, with slow trends over the years. */
function demoReport(
	quarter: QuarterKey,
	places: number,
	level: number,
	yearsIn: number,
	random: () => number
): ReportValues {
	const days = daysInQuarter(quarter);
	const occupancy = Math.min(1, Math.max(0.3, level + 0.02 * yearsIn + (random() - 0.5) * 0.15));
	const pick = (max: number, weight = 1) => Math.floor(random() * (max + 1) * weight);
	return {
		youthDays: Math.round(places * days * occupancy),
		intake: pick(2),
		dischargePlanned: pick(2),
		dischargeUnplanned: random() < 0.3 - 0.04 * yearsIn ? 1 : 0,
		waitingList: pick(6),
		averageStayDays: Math.round((220 + random() * 250) * 10) / 10,
		educationPercent: Math.min(100, Math.round(55 + 6 * yearsIn + random() * 25)),
		carersLeft: pick(2, 0.8),
		carersJoined: pick(2, 0.8),
		openVacancies: pick(2),
		restraintIncidents: Math.max(0, pick(3) - Math.floor(yearsIn / 2))
	};
}

/**
 * Demo data of the monitor: synthetic "Demo:" homes over many regions (of the two demo providers) and a
 * quarterly history from 2021 K1 up to the last ended quarter for every demo home. Huis De Eik's
 * last quarter is left open, so the demo manager has a report to file. Bulk inserts keep it fast.
 */
export async function seedDemoMonitor(
	organizations: { providerLinde: string; providerAnker: string },
	options: { now?: Date } = {}
): Promise<void> {
	const random = seededRandom(20_260_101);
	// The demo manager's provider gets the extra homes in its own region (Utrecht Stad); the
	// second demo provider all others, so the demo needs no more organisations.
	const providerOf = (regionCode: string) =>
		regionCode === 'JZ22' ? organizations.providerLinde : organizations.providerAnker;

	const homeRows: (typeof schema.home.$inferInsert)[] = [];
	const versionRows: (typeof schema.homeVersion.$inferInsert)[] = [];
	for (const [regionCode, count] of Object.entries(homesPerRegion)) {
		for (let i = 0; i < count; i++) {
			const input = demoHomeInput(regionCode, i, random);
			const { columns, check } = columnsOf(input);
			const id = randomUUID();
			homeRows.push({ id, organizationId: providerOf(regionCode), ...columns });
			versionRows.push({
				id: randomUUID(),
				homeId: id,
				version: 1,
				kind: 'created',
				snapshot: input,
				changes: diffInputs(undefined, input),
				verdict: check.verdict,
				check
			});
		}
	}
	const db = getDb();
	await db.insert(schema.home).values(homeRows);
	await db.insert(schema.homeVersion).values(versionRows);

	const homes = await db
		.select({
			id: schema.home.id,
			name: schema.home.name,
			organizationId: schema.home.organizationId,
			places: schema.home.places
		})
		.from(schema.home)
		.where(inArray(schema.home.organizationId, [organizations.providerLinde, organizations.providerAnker]));
	const lastEnded = previousQuarter(quarterOf(options.now ?? new Date()));
	const quarters = quartersBetween(DEMO_HISTORY_START, lastEnded);
	const reports: (typeof schema.quarterlyReport.$inferInsert)[] = [];
	const reportVersions: (typeof schema.quarterlyReportVersion.$inferInsert)[] = [];
	homes.sort((a, b) => a.name.localeCompare(b.name));
	for (const home of homes) {
		const isOriginal = !homeRows.some((row) => row.id === home.id);
		// The three original demo homes report from the start; the others open over 2021–2023.
		const opened = isOriginal ? 0 : Math.floor(random() * 12);
		const level = 0.7 + random() * 0.15;
		quarters.forEach((quarter, index) => {
			if (index < opened || !home.places) return;
			if (!isOriginal && random() < 0.04) return; // now and then a report is missing
			if (home.name === 'Demo: Huis De Eik' && compareQuarters(quarter, lastEnded) === 0) return;
			const values = demoReport(quarter, home.places, level, Math.floor(index / 4), random);
			const id = randomUUID();
			reports.push({ id, homeId: home.id, organizationId: home.organizationId, quarter, ...values });
			reportVersions.push({
				id: randomUUID(),
				reportId: id,
				version: 1,
				kind: 'imported',
				values: Object.fromEntries(reportFields.map((f) => [f, values[f]])) as ReportValues
			});
		});
	}
	for (let i = 0; i < reports.length; i += 500) {
		await db.insert(schema.quarterlyReport).values(reports.slice(i, i + 500));
	}
	for (let i = 0; i < reportVersions.length; i += 1000) {
		await db.insert(schema.quarterlyReportVersion).values(reportVersions.slice(i, i + 1000));
	}
}
