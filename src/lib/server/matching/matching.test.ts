import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	buildMatchingOrganization,
	buildProfileInput
} from '../../../../tests/reference/matching-factories.ts';
import { buildActor } from '../../../../tests/reference/register-factories.ts';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { isAppError } from '../errors.ts';
import { createProfile } from './create-profile.ts';
import { deleteExpiredProfiles } from './delete-expired-profiles.ts';
import { deleteProfile } from './delete-profile.ts';
import { explainProfileFit } from './explain-profile-fit.ts';
import { exportProfile } from './export-profile.ts';
import { getProfile } from './get-profile.ts';
import { listAuditLog } from './list-audit-log.ts';
import { listGroupHomes } from './list-group-homes.ts';
import { listProfiles } from './list-profiles.ts';
import { grantMatchingRole, listAccessMembers, revokeMatchingRole } from './manage-access.ts';
import {
	getMatchingSettings,
	updateMatchingRules,
	updateNeedsVocabulary,
	updateRetention
} from './manage-settings.ts';
import { proposeAssignment } from './propose-assignment.ts';
import { rankHomesForProfile } from './rank-homes-for-profile.ts';
import { rankProfilesForHome } from './rank-profiles-for-home.ts';
import { recordDecision } from './record-decision.ts';
import { updateHomeSettings } from './update-home-settings.ts';
import { updateProfile } from './update-profile.ts';

const now = new Date('2026-11-22T12:00:00Z');

type MatchingOrganization = Awaited<ReturnType<typeof buildMatchingOrganization>>;

/** A waiting youth's profile in `org`, created by its member with the role. */
function addProfile(org: MatchingOrganization, overrides?: Parameters<typeof buildProfileInput>[0]) {
	return createProfile(org.member, { organizationId: org.id, input: buildProfileInput(overrides), now });
}

/** The AppError code a call fails with, or 'ok'. */
async function outcomeOf(call: () => Promise<unknown>): Promise<string> {
	try {
		await call();
		return 'ok';
	} catch (err) {
		if (isAppError(err)) return err.code;
		throw err;
	}
}

async function auditActions(organizationId: string, profileId?: string) {
	const rows = await getDb()
		.select({
			action: schema.matchingAuditEntry.action,
			actorId: schema.matchingAuditEntry.actorId,
			profileId: schema.matchingAuditEntry.profileId
		})
		.from(schema.matchingAuditEntry)
		.where(eq(schema.matchingAuditEntry.organizationId, organizationId));
	return rows.filter((r) => profileId === undefined || r.profileId === profileId);
}

describe('who may use matching', () => {
	// Filled in beforeAll (on PostgreSQL the database is migrated only then); the calls read them lazily.
	let own: MatchingOrganization;
	let other: MatchingOrganization;
	let admin: Actor;
	let profileId = '';
	let organizationId = '';
	let homeId = '';
	beforeAll(async () => {
		own = await buildMatchingOrganization();
		other = await buildMatchingOrganization();
		admin = await buildActor('admin');
		profileId = (await createProfile(own.member, { organizationId: own.id, input: buildProfileInput(), now }))
			.id;
		organizationId = own.id;
		homeId = own.homeId;
	});

	// Every module function of matching, each called as the stranger would call it.
	const calls: [string, (actor: Actor | null) => Promise<unknown>][] = [
		['createProfile', (a) => createProfile(a, { organizationId, input: buildProfileInput(), now })],
		['listProfiles', (a) => listProfiles(a, { organizationId, now })],
		['getProfile', (a) => getProfile(a, { profileId, now })],
		['updateProfile', (a) => updateProfile(a, { profileId, input: buildProfileInput(), now })],
		['exportProfile', (a) => exportProfile(a, { profileId, now })],
		[
			'recordDecision',
			(a) =>
				recordDecision(a, { profileId, input: { outcome: 'declined', decidedOn: '2026-11-20', reason: 'x' } })
		],
		['explainProfileFit', (a) => explainProfileFit(a, { profileId, homeId, now })],
		['rankHomesForProfile', (a) => rankHomesForProfile(a, { profileId, now })],
		['rankProfilesForHome', (a) => rankProfilesForHome(a, { homeId, now })],
		['listGroupHomes', (a) => listGroupHomes(a, { organizationId, now })],
		[
			'proposeAssignment',
			(a) => proposeAssignment(a, { organizationId, input: { timeLimitSeconds: 5 }, now })
		],
		['getMatchingSettings', (a) => getMatchingSettings(a, { organizationId })],
		['updateMatchingRules', (a) => updateMatchingRules(a, { organizationId, input: null })],
		[
			'updateNeedsVocabulary',
			(a) => updateNeedsVocabulary(a, { organizationId, input: { extraNeeds: 'x' } })
		],
		['updateRetention', (a) => updateRetention(a, { organizationId, input: { retentionDays: 30 } })],
		[
			'updateHomeSettings',
			(a) => updateHomeSettings(a, { organizationId, homeId, input: { genders: ['f'] } })
		],
		['listAccessMembers', (a) => listAccessMembers(a, { organizationId })],
		[
			'grantMatchingRole',
			(a) => grantMatchingRole(a, { organizationId, input: { userId: own.memberWithoutRole.id } })
		],
		[
			'revokeMatchingRole',
			(a) => revokeMatchingRole(a, { organizationId, input: { userId: own.member.id } })
		],
		['listAuditLog', (a) => listAuditLog(a, { organizationId })],
		['deleteProfile', (a) => deleteProfile(a, { profileId })]
	];
	const strangers: [string, () => Actor | null, string[]][] = [
		['anonymous', () => null, ['unauthenticated']],
		['manager of another organisation', () => other.manager, ['forbidden', 'not-found']],
		['member of another organisation with the role there', () => other.member, ['forbidden', 'not-found']],
		['platform admin without membership', () => admin, ['forbidden', 'not-found']]
	];

	for (const [who, actor, refusals] of strangers) {
		it.each(calls)(`refuses the ${who}: %s`, async (_name, call) => {
			expect(refusals).toContain(await outcomeOf(() => call(actor())));
		});
	}

	it.each(
		calls.filter(
			([name]) =>
				![
					'listAccessMembers',
					'grantMatchingRole',
					'revokeMatchingRole',
					'listAuditLog',
					'updateMatchingRules',
					'updateNeedsVocabulary',
					'updateRetention',
					'updateHomeSettings'
				].includes(name)
		)
	)('refuses a member of the organisation without the matching role: %s', async (_name, call) => {
		expect(await outcomeOf(() => call(own.memberWithoutRole))).toBe('forbidden');
	});

	it('leaves managing access, rules and the audit log to managers', async () => {
		for (const [, call] of calls.filter(([name]) =>
			['listAccessMembers', 'listAuditLog', 'updateMatchingRules', 'updateRetention'].includes(name)
		)) {
			expect(await outcomeOf(() => call(own.member))).toBe('forbidden');
			expect(await outcomeOf(() => call(own.manager))).toBe('ok');
		}
	});

	it('hides that a profile of another organisation exists (404, not 403)', async () => {
		expect(await outcomeOf(() => getProfile(other.member, { profileId, now }))).toBe('not-found');
		expect(await outcomeOf(() => getProfile(other.member, { profileId: 'does-not-exist', now }))).toBe(
			'not-found'
		);
	});

	it('lets members with the role work, and stops them once the role is revoked', async () => {
		expect(await outcomeOf(() => getProfile(own.member, { profileId, now }))).toBe('ok');
		await revokeMatchingRole(own.manager, { organizationId, input: { userId: own.member.id } });
		expect(await outcomeOf(() => getProfile(own.member, { profileId, now }))).toBe('forbidden');
		await grantMatchingRole(own.manager, { organizationId, input: { userId: own.member.id } });
		expect(await outcomeOf(() => getProfile(own.member, { profileId, now }))).toBe('ok');
	});

	it('refuses to give the role to someone outside the organisation', async () => {
		expect(
			await outcomeOf(() =>
				grantMatchingRole(own.manager, { organizationId, input: { userId: other.member.id } })
			)
		).toBe('invalid-input');
	});
});

describe('the audit log', () => {
	it('records every view, change and export with who and which profile, readable by managers', async () => {
		const org = await buildMatchingOrganization();
		const { id, code } = await addProfile(org);
		await getProfile(org.member, { profileId: id, now });
		await getProfile(org.manager, { profileId: id, now });
		await updateProfile(org.member, { profileId: id, input: buildProfileInput({ intensity: 3 }), now });
		await exportProfile(org.member, { profileId: id, now });
		const lines = await auditActions(org.id, id);
		expect(lines.map((l) => l.action).sort()).toEqual(['create', 'export', 'update', 'view', 'view']);
		expect(
			lines
				.filter((l) => l.action === 'view')
				.map((l) => l.actorId)
				.sort()
		).toEqual([org.member.id, org.manager.id].sort());

		const log = await listAuditLog(org.manager, { organizationId: org.id });
		expect(log.items.some((l) => l.action === 'view' && l.profileCode === code)).toBe(true);
		const update = log.items.find((l) => l.action === 'update');
		// The log says which fields changed, never their values (it must not hold health data itself).
		expect(update?.detail).toBe('intensity');
	});

	it('keeps the lines of an erased profile, with only its code', async () => {
		const org = await buildMatchingOrganization();
		const { id, code } = await addProfile(org);
		await deleteProfile(org.member, { profileId: id });
		expect(
			await getDb().select().from(schema.youthProfile).where(eq(schema.youthProfile.id, id))
		).toHaveLength(0);
		const log = await listAuditLog(org.manager, { organizationId: org.id });
		expect(log.items.find((l) => l.action === 'delete')?.profileCode).toBe(code);
	});

	it('pages through a long log', async () => {
		const org = await buildMatchingOrganization();
		const { id } = await addProfile(org);
		for (let i = 0; i < 55; i += 1) await getProfile(org.member, { profileId: id, now });
		const first = await listAuditLog(org.manager, { organizationId: org.id });
		const second = await listAuditLog(org.manager, { organizationId: org.id, page: 2 });
		expect(first.items).toHaveLength(50);
		expect(second.page).toBe(2);
		expect(first.total).toBe(second.total);
		expect(second.items.length).toBe(first.total - 50);
	});
});

describe('decisions update the group', () => {
	it('places a waiting youth, shows them in the group, and records a leave', async () => {
		const org = await buildMatchingOrganization({ places: 1 });
		const { id } = await addProfile(org);
		const { id: second } = await addProfile(org, { gender: 'm' });

		await recordDecision(org.member, {
			profileId: id,
			input: { outcome: 'placed', homeId: org.homeId, decidedOn: '2026-11-20' }
		});
		const [home] = await listGroupHomes(org.member, { organizationId: org.id, now });
		expect(home!.residents.map((r) => r.id)).toEqual([id]);
		expect(home!.free).toBe(0);
		const { profile } = await getProfile(org.member, { profileId: id, now });
		expect(profile).toMatchObject({ status: 'placed', placedSince: '2026-11-20', home: { id: org.homeId } });

		// The home is full now: a second placement is refused and nothing changes.
		expect(
			await outcomeOf(() =>
				recordDecision(org.member, {
					profileId: second,
					input: { outcome: 'placed', homeId: org.homeId, decidedOn: '2026-11-21' }
				})
			)
		).toBe('conflict');
		// Not placing needs a reason, and keeps the youth waiting.
		expect(
			await outcomeOf(() =>
				recordDecision(org.member, {
					profileId: second,
					input: { outcome: 'declined', decidedOn: '2026-11-21', reason: '' }
				})
			)
		).toBe('invalid-input');
		await recordDecision(org.member, {
			profileId: second,
			input: { outcome: 'declined', homeId: org.homeId, decidedOn: '2026-11-21', reason: 'Groep is vol.' }
		});
		expect((await getProfile(org.member, { profileId: second, now })).profile.status).toBe('waiting');

		await recordDecision(org.member, { profileId: id, input: { outcome: 'left', decidedOn: '2026-11-22' } });
		const [after] = await listGroupHomes(org.member, { organizationId: org.id, now });
		expect(after!.residents).toHaveLength(0);
		const left = await getProfile(org.member, { profileId: id, now });
		expect(left.profile).toMatchObject({ status: 'left', leftSince: '2026-11-22', deleteOn: '2027-02-20' });
		expect(left.decisions.map((d) => d.outcome)).toEqual(['left', 'placed']);
	});

	it('refuses a home of another organisation as a field error', async () => {
		const org = await buildMatchingOrganization();
		const other = await buildMatchingOrganization();
		const { id } = await addProfile(org);
		try {
			await recordDecision(org.member, {
				profileId: id,
				input: { outcome: 'placed', homeId: other.homeId, decidedOn: '2026-11-20' }
			});
			expect.unreachable();
		} catch (err) {
			expect(isAppError(err) && err.fieldErrors[0]?.path).toBe('homeId');
		}
		expect((await getProfile(org.member, { profileId: id, now })).profile.status).toBe('waiting');
	});
});

describe('the retention job', () => {
	it('deletes only profiles of youths who left longer ago than the period', async () => {
		const org = await buildMatchingOrganization();
		const make = async (status: 'waiting' | 'placed' | 'left', leftSince: string | null) => {
			const { id } = await addProfile(org, { waitingSince: '2025-01-01' });
			await getDb()
				.update(schema.youthProfile)
				.set({ status, leftSince, homeId: status === 'waiting' ? null : org.homeId })
				.where(eq(schema.youthProfile.id, id));
			return id;
		};
		const expired = await make('left', '2026-08-23'); // 91 days before 2026-11-22
		const onTheDay = await make('left', '2026-08-24'); // exactly 90 days: deleted on this day
		const recent = await make('left', '2026-08-25');
		const waiting = await make('waiting', null);
		const placed = await make('placed', null);

		expect(await deleteExpiredProfiles({}, { now })).toEqual({ deleted: 2 });
		const remaining = (
			await getDb()
				.select({ id: schema.youthProfile.id })
				.from(schema.youthProfile)
				.where(eq(schema.youthProfile.organizationId, org.id))
		).map((r) => r.id);
		expect(remaining.sort()).toEqual([recent, waiting, placed].sort());
		expect(remaining).not.toContain(expired);
		expect(remaining).not.toContain(onTheDay);
		const lines = await getDb()
			.select()
			.from(schema.matchingAuditEntry)
			.where(
				and(
					eq(schema.matchingAuditEntry.organizationId, org.id),
					eq(schema.matchingAuditEntry.action, 'retention-delete')
				)
			);
		expect(lines.map((l) => l.profileId).sort()).toEqual([expired, onTheDay].sort());
		// Running again changes nothing.
		expect(await deleteExpiredProfiles({}, { now })).toEqual({ deleted: 0 });
	});

	it("follows the organisation's own period", async () => {
		const org = await buildMatchingOrganization();
		await updateRetention(org.manager, { organizationId: org.id, input: { retentionDays: '10' } });
		const { id } = await addProfile(org);
		await getDb()
			.update(schema.youthProfile)
			.set({ status: 'left', leftSince: '2026-11-11' })
			.where(eq(schema.youthProfile.id, id));
		expect(await deleteExpiredProfiles({}, { now: new Date('2026-11-20T12:00:00Z') })).toEqual({
			deleted: 0
		});
		expect(await deleteExpiredProfiles({}, { now: new Date('2026-11-21T12:00:00Z') })).toEqual({
			deleted: 1
		});
	});
});

describe('validation', () => {
	it('gives a Dutch message naming each invalid field and stores nothing', async () => {
		const org = await buildMatchingOrganization();
		const input = {
			code: 'Jan',
			birthYear: '1890',
			gender: 'q',
			needs: ['Geen Code!'],
			intensity: '4',
			municipalityCode: 'GM9999',
			waitingSince: '2027-01-01',
			notes: 'Woont bij Pietje in de straat.'
		};
		try {
			await createProfile(org.member, { organizationId: org.id, input, now });
			expect.unreachable();
		} catch (err) {
			if (!isAppError(err)) throw err;
			const byPath = Object.fromEntries(err.fieldErrors.map((e) => [e.path, e.message]));
			expect(Object.keys(byPath).sort()).toEqual([
				'birthYear',
				'code',
				'gender',
				'intensity',
				'municipalityCode',
				'needs',
				'notes',
				'waitingSince'
			]);
			expect(byPath.code).toMatch(/^Code:/);
			expect(byPath.birthYear).toMatch(/^Geboortejaar:/);
			expect(byPath.gender).toBe(m.matching.validation.gender);
			expect(byPath.intensity).toBe(m.matching.validation.intensity);
			expect(byPath.municipalityCode).toBe(m.matching.validation.municipalityCode);
			expect(byPath.waitingSince).toBe(m.matching.validation.waitingSince);
			expect(byPath.notes).toContain('Pietje');
		}
		expect(
			await getDb().select().from(schema.youthProfile).where(eq(schema.youthProfile.organizationId, org.id))
		).toHaveLength(0);
	});

	it('lists waiting youths first, then placed, then left', async () => {
		const org = await buildMatchingOrganization();
		const waiting = await addProfile(org, { code: 'Z-9' });
		const placed = await addProfile(org, { code: 'A-1' });
		await recordDecision(org.member, {
			profileId: placed.id,
			input: { outcome: 'placed', homeId: org.homeId, decidedOn: '2026-11-20' }
		});
		const list = await listProfiles(org.member, { organizationId: org.id, now });
		expect(list.items.map((p) => p.id)).toEqual([waiting.id, placed.id]);
		const onlyPlaced = await listProfiles(org.member, { organizationId: org.id, status: 'placed', now });
		expect(onlyPlaced.items.map((p) => p.code)).toEqual(['A-1']);
	});

	it('generates a code without a name, and refuses a code that is taken', async () => {
		const org = await buildMatchingOrganization();
		const first = await addProfile(org);
		expect(first.code).toMatch(/^J-[A-Z2-9]{5}$/);
		expect(await outcomeOf(() => addProfile(org, { code: first.code }))).toBe('invalid-input');
	});

	it('keeps the stored profile when an update is invalid', async () => {
		const org = await buildMatchingOrganization();
		const { id } = await addProfile(org);
		expect(
			await outcomeOf(() =>
				updateProfile(org.member, { profileId: id, input: buildProfileInput({ intensity: 9 }), now })
			)
		).toBe('invalid-input');
		expect((await getProfile(org.member, { profileId: id, now })).profile.intensity).toBe(2);
	});
});

describe('fit, rankings and the proposal', () => {
	/** A resident with `agressie` placed in the home, and a waiting candidate with `needs`. */
	async function placeResidentBesideCandidate(org: MatchingOrganization, needs: string[]) {
		const resident = await addProfile(org, { needs: ['agressie'] });
		await recordDecision(org.member, {
			profileId: resident.id,
			input: { outcome: 'placed', homeId: org.homeId, decidedOn: '2026-11-01' }
		});
		const candidate = await addProfile(org, { needs });
		return { resident, candidate };
	}

	it('explains the fit with the home and each resident, ranks both ways and proposes placements', async () => {
		const org = await buildMatchingOrganization();
		await updateHomeSettings(org.manager, {
			organizationId: org.id,
			homeId: org.homeId,
			input: { genders: ['f', 'm', 'x'], competences: ['trauma'] }
		});
		const { resident, candidate } = await placeResidentBesideCandidate(org, ['trauma', 'agressie']);

		const { fit, residents } = await explainProfileFit(org.member, {
			profileId: candidate.id,
			homeId: org.homeId,
			now
		});
		expect(fit.isFeasible).toBe(true);
		expect(residents.map((r) => r.code)).toEqual([resident.code]);
		expect(fit.residents[0]!.residentId).toBe(resident.code);
		// Default rules: agressie with agressie costs 8 points (caution pair).
		expect(fit.residents[0]!.points).toBe(-8);

		const homes = await rankHomesForProfile(org.member, { profileId: candidate.id, now });
		expect(homes.ranking.map((r) => r.homeId)).toEqual([org.homeId]);
		expect(homes.ranking[0]!.score).toBe(fit.score);

		const youths = await rankProfilesForHome(org.member, { homeId: org.homeId, now });
		expect(youths.ranking.map((r) => r.code)).toEqual([candidate.code]);

		const proposal = await proposeAssignment(org.member, {
			organizationId: org.id,
			input: { timeLimitSeconds: '5' },
			now
		});
		expect(proposal.assignments.map((a) => a.profileId)).toEqual([candidate.id]);
		expect(proposal.optimal).toBe(true);
		expect(proposal.objective).toBe(proposal.bound);
		// A proposal is advice: nothing changes until a person records the decision.
		expect((await getProfile(org.member, { profileId: candidate.id, now })).profile.status).toBe('waiting');
	});

	it("uses the organisation's own rules", async () => {
		const org = await buildMatchingOrganization();
		await updateMatchingRules(org.manager, {
			organizationId: org.id,
			input: {
				incompatible: [['agressie', 'trauma']],
				caution: [],
				weights: {
					placement: '100',
					covered: '10',
					uncovered: '10',
					municipality: '6',
					region: '3',
					ageGap: '2',
					ageGapFree: '3'
				}
			}
		});
		const { candidate } = await placeResidentBesideCandidate(org, ['trauma']);
		const { fit } = await explainProfileFit(org.member, { profileId: candidate.id, homeId: org.homeId, now });
		expect(fit.isFeasible).toBe(false);
		expect(fit.residents[0]!.isCompatible).toBe(false);
	});

	it('gives Dutch messages per rule field', async () => {
		const org = await buildMatchingOrganization();
		try {
			await updateMatchingRules(org.manager, {
				organizationId: org.id,
				input: {
					incompatible: [['agressie', '']],
					caution: [['a', 'b', 'veel']],
					weights: {
						placement: '-1',
						covered: '10',
						uncovered: '10',
						municipality: '6',
						region: '3',
						ageGap: '2',
						ageGapFree: '3'
					}
				}
			});
			expect.unreachable();
		} catch (err) {
			if (!isAppError(err)) throw err;
			const byPath = Object.fromEntries(err.fieldErrors.map((e) => [e.path, e.message]));
			expect(byPath['incompatible/0/1']).toBe(m.matching.validation.pair);
			expect(byPath['caution/0/2']).toBe(m.matching.validation.penalty);
			expect(byPath['weights/placement']).toContain(m.matching.weights.placement);
		}
	});
});
