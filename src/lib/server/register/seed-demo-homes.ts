import { systemActor } from '../accounts/actor.ts';
import type { Shift } from '../../register/roster.ts';
import { createHome } from './create-home.ts';

const days = [1, 2, 3, 4, 5, 6, 7];

/** Three 8-hour shifts a day with `carers` each: the whole week covered. */
function fullWeek(carers: number): Shift[] {
	return days.flatMap((weekday) => [
		{ weekday, start: '07:00', end: '15:00', carers },
		{ weekday, start: '15:00', end: '23:00', carers },
		{ weekday, start: '23:00', end: '07:00', carers }
	]);
}

const complete = {
	aroundTheClock: true,
	regime: 'open',
	homeLike: true,
	staffLiveIn: false,
	fixedTeam: true,
	individualCare: true,
	perspective: { housing: true, care: true, educationOrWork: true },
	ijwCategory: 43
} as const;

/**
 * Adds three synthetic homes to the demo providers: one that meets the definition, one with a
 * night gap on weekends (no night shift on Friday and Saturday), and one on an institution campus.
 */
export async function seedDemoHomes(organizations: {
	providerLinde: string;
	providerAnker: string;
}): Promise<void> {
	await createHome(systemActor, {
		organizationId: organizations.providerLinde,
		input: {
			...complete,
			name: 'Demo: Huis De Linde',
			description: 'Een gewoon huis in een woonwijk voor vier jongeren met complexe problematiek.',
			street: 'Lindelaan 1',
			postalCode: '3500 AA',
			city: 'Utrecht',
			municipalityCode: 'GM0344',
			setting: 'neighbourhood',
			places: 4,
			ageMin: 12,
			ageMax: 18,
			targetGroup: 'complex-needs',
			teamSize: 8,
			teamFte: 6.5,
			educationArrangement: 'neighbourhood-school',
			dayTariff: 450,
			contractingMunicipalities: ['GM0344', 'GM0307'],
			contactName: 'Demo Teamleider',
			contactEmail: 'teamleider@demo.kleinschalig.nl',
			contactPhone: '030 123 45 67',
			roster: fullWeek(1)
		}
	});
	await createHome(systemActor, {
		organizationId: organizations.providerLinde,
		input: {
			...complete,
			name: 'Demo: Huis De Eik',
			description: 'Vijf plaatsen; in het weekend is de nacht nog niet ingeroosterd.',
			city: 'Amersfoort',
			municipalityCode: 'GM0307',
			setting: 'neighbourhood',
			places: 5,
			ageMin: 14,
			ageMax: 21,
			targetGroup: 'nji-third-form',
			teamSize: 9,
			teamFte: 7.2,
			educationArrangement: 'neighbourhood-school',
			dayTariff: 475.5,
			contractingMunicipalities: ['GM0307'],
			roster: fullWeek(2).filter((s) => !(s.start === '23:00' && (s.weekday === 5 || s.weekday === 6)))
		}
	});
	await createHome(systemActor, {
		organizationId: organizations.providerAnker,
		input: {
			...complete,
			name: 'Demo: Paviljoen Het Anker',
			description: 'Een kleinschalige groep op het terrein van de instelling, met school op het terrein.',
			city: 'Nijmegen',
			municipalityCode: 'GM0268',
			setting: 'campus',
			regime: 'closed',
			places: 4,
			ageMin: 12,
			ageMax: 18,
			targetGroup: 'closed-authorisation',
			teamSize: 10,
			teamFte: 8,
			educationArrangement: 'campus-school',
			ijwCategory: 44,
			dayTariff: 620,
			contractingMunicipalities: ['GM0268'],
			roster: fullWeek(1)
		}
	});
}
