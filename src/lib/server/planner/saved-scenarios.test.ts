import { describe, expect, it } from 'vitest';
import { scenarioInputSchema } from '../../planner/scenario-input.ts';
import type { Actor } from '../accounts/actor.ts';
import { addMember } from '../accounts/add-member.ts';
import { createOrganization } from '../accounts/create-organization.ts';
import { createUser } from '../accounts/create-user.ts';
import { isAppError } from '../errors.ts';
import { buildScenarioReport } from './build-scenario-report.ts';
import { describeScenario } from '../../planner/describe-scenario.ts';
import { deleteScenario } from './delete-scenario.ts';
import { getScenario } from './get-scenario.ts';
import { getSharedScenario } from './get-shared-scenario.ts';
import { listScenarios } from './list-scenarios.ts';
import { saveScenario } from './save-scenario.ts';

let counter = 0;

async function buildUser(role: 'user' | 'admin' = 'user'): Promise<Actor> {
	counter += 1;
	const { id } = await createUser({
		name: `Persoon ${counter}`,
		email: `planner${counter}@example.nl`,
		password: 'een-lang-wachtwoord',
		role,
		emailVerified: true
	});
	return { id, role };
}

async function buildRegion(...members: Actor[]): Promise<string> {
	counter += 1;
	const { id } = await createOrganization({ name: `Regio ${counter}`, kind: 'municipality' });
	for (const member of members) await addMember({ organizationId: id, userId: member.id, role: 'member' });
	return id;
}

const input = { arrivalsPerYear: 40, averageStayDays: 300 };

async function codeOf(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
		return 'ok';
	} catch (error) {
		return isAppError(error) ? error.code : 'unexpected';
	}
}

describe('saved scenarios', () => {
	it('are visible to the owner and their organisation, and refused to everyone else', async () => {
		const owner = await buildUser();
		const colleague = await buildUser();
		const outsider = await buildUser();
		const admin = await buildUser('admin');
		const otherRegionMember = await buildUser();
		const region = await buildRegion(owner, colleague);
		await buildRegion(otherRegionMember, outsider);

		const shared = await saveScenario(owner, { name: '  Groei 2027 ', organizationId: region, input });
		const private_ = await saveScenario(owner, { name: 'Alleen ik', input: { ...input, groupSize: 3 } });

		const seen = await getScenario(colleague, shared.id);
		expect(seen).toMatchObject({ name: 'Groei 2027', isOwner: false, organizationId: region });
		expect(seen.input).toEqual(scenarioInputSchema.parse(input));
		expect((await getScenario(owner, private_.id)).isOwner).toBe(true);

		for (const actor of [outsider, admin, otherRegionMember]) {
			expect(await codeOf(getScenario(actor, shared.id))).toBe('forbidden');
			expect(await codeOf(getScenario(actor, private_.id))).toBe('forbidden');
			expect(await listScenarios(actor)).toEqual([]);
		}
		expect(await codeOf(getScenario(colleague, private_.id))).toBe('forbidden');
		expect(await codeOf(getScenario(owner, 'bestaat-niet'))).toBe('not-found');

		expect((await listScenarios(owner)).map((s) => s.name).sort()).toEqual(['Alleen ik', 'Groei 2027']);
		expect(await listScenarios(colleague)).toEqual([
			expect.objectContaining({
				id: shared.id,
				isOwner: false,
				organizationName: expect.stringMatching(/^Regio /)
			})
		]);
	});

	it('can be read through the share link only, read-only, with an unguessable token', async () => {
		const owner = await buildUser();
		const a = await saveScenario(owner, { name: 'Delen', input });
		const b = await saveScenario(owner, { name: 'Ander', input });
		expect(a.shareToken).toMatch(/^[\w-]{43}$/);
		expect(a.shareToken).not.toBe(b.shareToken);
		const shared = await getSharedScenario(a.shareToken);
		expect(shared).toMatchObject({ name: 'Delen', organizationName: null });
		expect(Object.keys(shared).sort()).toEqual(['createdAt', 'input', 'name', 'organizationName']);
		for (const token of [
			'',
			'x',
			a.shareToken.slice(0, -1) + (a.shareToken.endsWith('A') ? 'B' : 'A'),
			a.id
		]) {
			expect(await codeOf(getSharedScenario(token))).toBe('not-found');
		}
	});

	it('refuses sharing with an organisation the user is not in, and invalid input', async () => {
		const owner = await buildUser();
		const stranger = await buildUser();
		const foreign = await buildRegion(stranger);
		expect(await codeOf(saveScenario(owner, { name: 'X', organizationId: foreign, input }))).toBe(
			'forbidden'
		);
		try {
			await saveScenario(owner, { name: ' ', input: { arrivalsPerYear: 0 } });
			expect.unreachable();
		} catch (error) {
			expect(isAppError(error) && error.fieldErrors.map((e) => e.path).sort()).toEqual([
				'input/arrivalsPerYear',
				'input/averageStayDays',
				'name'
			]);
		}
	});

	it('are deleted by their owner only, which also ends the share link', async () => {
		const owner = await buildUser();
		const colleague = await buildUser();
		const region = await buildRegion(owner, colleague);
		const saved = await saveScenario(owner, { name: 'Weg', organizationId: region, input });
		expect(await codeOf(deleteScenario(colleague, saved.id))).toBe('forbidden');
		await deleteScenario(owner, saved.id);
		expect(await codeOf(getScenario(owner, saved.id))).toBe('not-found');
		expect(await codeOf(getSharedScenario(saved.shareToken))).toBe('not-found');
	});
});

describe('buildScenarioReport', () => {
	it('writes a PDF of several scenarios', async () => {
		const views = [
			describeScenario('A', scenarioInputSchema.parse(input), { groups: 4, groupSize: 10, carersOnDuty: 2 }),
			describeScenario('B', scenarioInputSchema.parse({ arrivalsPerYear: 600, averageStayDays: 365 }))
		];
		const pdf = await buildScenarioReport(views, new Date('2026-11-22T12:00:00Z'));
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
		expect(pdf.length).toBeGreaterThan(3000);
	});
});
