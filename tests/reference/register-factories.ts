/**
 * Test factories for the register: users, organisations with members, and home input.
 * Users are inserted directly (no password hashing), which keeps the tests fast.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../src/lib/server/accounts/actor.ts';
import { addMember } from '../../src/lib/server/accounts/add-member.ts';
import { createOrganization } from '../../src/lib/server/accounts/create-organization.ts';
import type { OrganizationKind } from '../../src/lib/server/accounts/roles.ts';
import { getDb, schema } from '../../src/lib/server/db/index.ts';

let counter = 0;

/** A user account (platform role 'user' unless given) as an actor. */
export async function buildActor(role = 'user'): Promise<Actor> {
	counter += 1;
	const id = randomUUID();
	await getDb()
		.insert(schema.user)
		.values({ id, name: `Persoon ${counter}`, email: `persoon-${id}@example.nl`, role, emailVerified: true });
	return { id, role };
}

/** An organisation with a manager and a plain member. */
export async function buildOrganization(kind: OrganizationKind = 'provider') {
	counter += 1;
	const { id } = await createOrganization({ name: `Aanbieder ${counter}`, kind });
	const manager = await buildActor();
	const member = await buildActor();
	await addMember({ organizationId: id, userId: manager.id, role: 'manager' });
	await addMember({ organizationId: id, userId: member.id, role: 'member' });
	return { id, manager, member };
}

const fullWeek = (carers: number) =>
	[1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
		{ weekday, start: '07:00', end: '15:00', carers },
		{ weekday, start: '15:00', end: '23:00', carers },
		{ weekday, start: '23:00', end: '07:00', carers }
	]);

/** The input of a home that meets the definition, with every field filled; override what you need. */
export function buildHomeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		name: 'Huis De Linde',
		description: 'Een gewoon huis in de wijk.',
		street: 'Lindelaan 1',
		postalCode: '3511 AA',
		city: 'Utrecht',
		municipalityCode: 'GM0344',
		setting: 'neighbourhood',
		regime: 'open',
		places: 4,
		ageMin: 12,
		ageMax: 18,
		targetGroup: 'complex-needs',
		aroundTheClock: true,
		homeLike: true,
		staffLiveIn: false,
		fixedTeam: true,
		teamSize: 8,
		teamFte: 6.5,
		individualCare: true,
		perspective: { housing: true, care: true, educationOrWork: true },
		educationArrangement: 'neighbourhood-school',
		ijwCategory: 43,
		dayTariff: 450.5,
		contractingMunicipalities: ['GM0344', 'GM0307'],
		contactName: 'Anna de Vries',
		contactEmail: 'anna@example.nl',
		contactPhone: '030 123 45 67',
		roster: fullWeek(1),
		...overrides
	};
}

/** A full week with every night (23:00–07:00) left out on the given weekdays. */
export function rosterWithNightGap(nights: number[], carers = 1) {
	return fullWeek(carers).filter((s) => !(s.start === '23:00' && nights.includes(s.weekday)));
}
