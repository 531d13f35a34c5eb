import type { RequestEvent } from '@sveltejs/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMatchingOrganization, buildProfileInput } from '../../../tests/reference/matching-factories.ts';
import { buildActor } from '../../../tests/reference/register-factories.ts';
import type { Actor } from '$lib/server/accounts/actor';
import type { SessionUser } from '$lib/server/auth/types';
import { buildRequestEvent } from '$lib/server/http/build-test-event';
import { createProfile } from '$lib/server/matching/create-profile';
import * as profiles from './profielen/+page.server';
import * as newProfile from './profielen/nieuw/+page.server';
import * as profile from './profielen/[id]/+page.server';
import * as editProfile from './profielen/[id]/bewerken/+page.server';
import * as exportProfile from './profielen/[id]/export/+server';
import * as fit from './profielen/[id]/woning/[homeId]/+page.server';
import * as homes from './woningen/+page.server';
import * as home from './woningen/[homeId]/+page.server';
import * as proposal from './voorstel/+page.server';
import * as rules from './regels/+page.server';
import * as access from './toegang/+page.server';
import * as audit from './logboek/+page.server';

// Filled in beforeAll (on PostgreSQL the database is migrated only then); everything below reads them lazily.
let own: Awaited<ReturnType<typeof buildMatchingOrganization>>;
let other: Awaited<ReturnType<typeof buildMatchingOrganization>>;
let admin: Actor;
let profileId = '';
beforeAll(async () => {
	own = await buildMatchingOrganization();
	other = await buildMatchingOrganization();
	admin = await buildActor('admin');
	profileId = (await createProfile(own.member, { organizationId: own.id, input: buildProfileInput() })).id;
});

/** A signed-in user as the auth handle would put it on locals. */
function sessionUser(actor: Actor, organizations: SessionUser['organizations']): SessionUser {
	return {
		id: actor.id,
		name: 'Test',
		email: `${actor.id}@example.nl`,
		emailVerified: true,
		role: actor.role,
		organizations
	};
}

/** The status a load, action or endpoint answers with: thrown error/redirect, failure, response, or 200. */
async function statusOf(call: () => unknown): Promise<number> {
	try {
		const result = (await call()) as { status?: number } | undefined;
		return typeof result?.status === 'number' ? result.status : 200;
	} catch (err) {
		const status = (err as { status?: unknown }).status;
		if (typeof status === 'number') return status;
		throw err;
	}
}

type Handler = (event: RequestEvent) => unknown;

function eventFor(
	user: SessionUser | null,
	path: string,
	params: Record<string, string>,
	form?: Record<string, string>
) {
	const body = form ? new URLSearchParams({ _organisatie: own.id, ...form }) : undefined;
	const event = buildRequestEvent(`http://localhost${path}?organisatie=${own.id}`, {
		method: form ? 'POST' : 'GET',
		body,
		headers: form ? { 'content-type': 'application/x-www-form-urlencoded' } : undefined,
		locals: { user }
	});
	return Object.assign(event, { params, setHeaders: () => {} }) as RequestEvent;
}

type Values = () => Record<string, string>;
const p: Values = () => ({ id: profileId });
const h: Values = () => ({ homeId: own.homeId });
const f: Values = () => ({ id: profileId, homeId: own.homeId });
const none: Values = () => ({});
const profileForm: Values = () => ({
	birthYear: '2011',
	gender: 'f',
	intensity: '2',
	municipalityCode: 'GM0344',
	waitingSince: '2026-01-01'
});
// Every route of matching: its load, each form action and the export endpoint.
const routes: [string, Handler, Values, Values?][] = [
	['/matching/profielen (load)', profiles.load as Handler, none],
	['/matching/profielen/nieuw (load)', newProfile.load as Handler, none],
	['/matching/profielen/nieuw (opslaan)', newProfile.actions.default as Handler, none, profileForm],
	['/matching/profielen/[id] (load)', profile.load as Handler, p],
	[
		'/matching/profielen/[id] (besluit)',
		profile.actions.besluit as Handler,
		p,
		() => ({ outcome: 'declined', decidedOn: '2026-01-02', reason: 'x' })
	],
	['/matching/profielen/[id] (wissen)', profile.actions.wissen as Handler, p, () => ({ bevestig: 'ja' })],
	['/matching/profielen/[id]/bewerken (load)', editProfile.load as Handler, p],
	['/matching/profielen/[id]/bewerken (opslaan)', editProfile.actions.default as Handler, p, profileForm],
	['/matching/profielen/[id]/export (GET)', exportProfile.GET as Handler, p],
	['/matching/profielen/[id]/woning/[homeId] (load)', fit.load as Handler, f],
	[
		'/matching/profielen/[id]/woning/[homeId] (besluit)',
		fit.actions.besluit as Handler,
		f,
		() => ({ outcome: 'placed', homeId: own.homeId, decidedOn: '2026-01-02' })
	],
	['/matching/woningen (load)', homes.load as Handler, none],
	['/matching/woningen/[homeId] (load)', home.load as Handler, h],
	[
		'/matching/woningen/[homeId] (instellingen)',
		home.actions.instellingen as Handler,
		h,
		() => ({ genders: 'f' })
	],
	['/matching/voorstel (load)', proposal.load as Handler, none],
	[
		'/matching/voorstel (berekenen)',
		proposal.actions.default as Handler,
		none,
		() => ({ timeLimitSeconds: '5' })
	],
	['/matching/regels (load)', rules.load as Handler, none],
	[
		'/matching/regels (opslaan)',
		rules.actions.opslaan as Handler,
		none,
		() => ({ 'weights/placement': '1' })
	],
	['/matching/regels (standaard)', rules.actions.standaard as Handler, none, none],
	['/matching/regels (behoeften)', rules.actions.behoeften as Handler, none, () => ({ extraNeeds: 'x' })],
	['/matching/toegang (load)', access.load as Handler, none],
	[
		'/matching/toegang (geven)',
		access.actions.geven as Handler,
		none,
		() => ({ userId: own.memberWithoutRole.id })
	],
	[
		'/matching/toegang (intrekken)',
		access.actions.intrekken as Handler,
		none,
		() => ({ userId: own.member.id })
	],
	[
		'/matching/toegang (bewaartermijn)',
		access.actions.bewaartermijn as Handler,
		none,
		() => ({ retentionDays: '1' })
	],
	['/matching/logboek (load)', audit.load as Handler, none]
];

const strangers: [string, () => SessionUser | null, number[]][] = [
	['anonymous', () => null, [303, 401]],
	[
		'manager of another provider',
		() => sessionUser(other.manager, [{ id: other.id, name: 'Ander', kind: 'provider', role: 'manager' }]),
		[403, 404]
	],
	[
		'member of another provider with the role there',
		() => sessionUser(other.member, [{ id: other.id, name: 'Ander', kind: 'provider', role: 'member' }]),
		[403, 404]
	],
	['platform admin without membership', () => sessionUser(admin, []), [403, 404]]
];

describe('every matching route refuses strangers', () => {
	for (const [who, user, refusals] of strangers) {
		it.each(routes)(`${who}: %s`, async (path, handler, params, form) => {
			expect(refusals).toContain(await statusOf(() => handler(eventFor(user(), path, params(), form?.()))));
		});
	}

	it("lets the owning organisation's member with the role in (the test can fail)", async () => {
		const member = sessionUser(own.member, [{ id: own.id, name: 'Eigen', kind: 'provider', role: 'member' }]);
		expect(
			await statusOf(() => (profile.load as Handler)(eventFor(member, '/matching/profielen/x', p())))
		).toBe(200);
		expect(await statusOf(() => (exportProfile.GET as Handler)(eventFor(member, '/x', p())))).toBe(200);
		expect(await statusOf(() => (audit.load as Handler)(eventFor(member, '/matching/logboek', {})))).toBe(
			403
		);
	});
});
