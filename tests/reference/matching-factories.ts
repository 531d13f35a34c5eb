/**
 * Test factories for matching: a provider with a home, a manager and a member who hold the
 * matching role, a member without it, and profile input.
 */
import type { Actor } from '../../src/lib/server/accounts/actor.ts';
import { addMember } from '../../src/lib/server/accounts/add-member.ts';
import { createHome } from '../../src/lib/server/register/create-home.ts';
import { grantMatchingRole } from '../../src/lib/server/matching/manage-access.ts';
import { buildActor, buildHomeInput, buildOrganization } from './register-factories.ts';

/** Profile input that passes validation on 2026-11-22; override what you need. */
export function buildProfileInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		birthYear: 2011,
		gender: 'f',
		needs: ['trauma'],
		intensity: 2,
		closedAuthorisation: false,
		municipalityCode: 'GM0344',
		waitingSince: '2026-08-01',
		notes: 'Gaat graag naar school.',
		...overrides
	};
}

/** A provider with one home (4 places, 12–18, open), matching role for its manager and member. */
export async function buildMatchingOrganization(homeOverrides: Record<string, unknown> = {}) {
	const org = await buildOrganization('provider');
	const outsider: Actor = await buildActor();
	await addMember({ organizationId: org.id, userId: outsider.id, role: 'member' });
	await grantMatchingRole(org.manager, { organizationId: org.id, input: { userId: org.manager.id } });
	await grantMatchingRole(org.manager, { organizationId: org.id, input: { userId: org.member.id } });
	const home = await createHome(org.manager, {
		organizationId: org.id,
		input: buildHomeInput(homeOverrides)
	});
	/** `memberWithoutRole`: a member of the organisation who was never given the matching role. */
	return { ...org, memberWithoutRole: outsider, homeId: home.id };
}
