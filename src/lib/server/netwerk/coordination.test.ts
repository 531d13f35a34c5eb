import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createActiveParticipant, fieldErrors } from '../../../../tests/factories/netwerk.ts';
import type { Actor } from '../accounts/actor.ts';
import { createOrganization } from '../accounts/create-organization.ts';
import { getDb, schema } from '../db/index.ts';
import { countParticipatingOrganizations } from './count-participating-organizations.ts';
import { addGroupMember } from './add-group-member.ts';
import { addResearchItem } from './add-research-item.ts';
import { listGroupMembers } from './list-group-members.ts';
import { listResearchItems } from './list-research-items.ts';
import { removeGroupMember } from './remove-group-member.ts';
import { removeResearchItem } from './remove-research-item.ts';
import { setResearchItemStatus } from './set-research-item-status.ts';
import { listParticipants } from './list-participants.ts';
import { listProposedOrganizations } from './list-proposed-organizations.ts';
import { reviewProposedOrganization } from './review-proposed-organization.ts';
import { seedNetworkContent } from './seed-network-content.ts';

const coordinator: Actor = { id: 'coordinator-id', role: 'coordinator' };
const others: Actor[] = [
	{ id: 'u1', role: 'user' },
	{ id: 'e1', role: 'editor' },
	{ id: 'r1', role: 'researcher' }
];

async function proposeBy(name: string) {
	const { participant } = await createActiveParticipant();
	await getDb()
		.update(schema.networkParticipant)
		.set({ proposedOrganizationName: name })
		.where(eq(schema.networkParticipant.id, participant.id));
	return participant;
}

describe('coordinating participants and organisations', () => {
	it('lists participants and proposals only for the coordinator', async () => {
		await createActiveParticipant({ name: 'Zichtbaar' });
		const page = await listParticipants(coordinator);
		expect(page.items.map((p) => p.name)).toContain('Zichtbaar');
		for (const actor of others) {
			await expect(listParticipants(actor)).rejects.toMatchObject({ code: 'forbidden' });
			await expect(listProposedOrganizations(actor)).rejects.toMatchObject({ code: 'forbidden' });
			await expect(
				reviewProposedOrganization(actor, { decision: 'reject', name: 'x' })
			).rejects.toMatchObject({ code: 'forbidden' });
		}
	});

	it('approves a proposal by creating the organisation and linking every proposer; the public count follows', async () => {
		const before = await countParticipatingOrganizations();
		const a = await proposeBy('Stichting Nieuw Huis');
		const b = await proposeBy('Stichting Nieuw Huis');
		expect(await listProposedOrganizations(coordinator)).toContainEqual({
			name: 'Stichting Nieuw Huis',
			participants: 2
		});
		expect(
			(
				await fieldErrors(
					reviewProposedOrganization(coordinator, {
						decision: 'approve',
						name: 'Stichting Nieuw Huis',
						kind: 'kasteel'
					})
				)
			).kind
		).toBeTruthy();
		const { organizationId } = await reviewProposedOrganization(coordinator, {
			decision: 'approve',
			name: 'Stichting Nieuw Huis',
			kind: 'provider'
		});
		const [org] = await getDb()
			.select()
			.from(schema.organization)
			.where(eq(schema.organization.id, organizationId!));
		expect(org).toMatchObject({ name: 'Stichting Nieuw Huis', kind: 'provider' });
		const linked = await getDb()
			.select()
			.from(schema.networkParticipant)
			.where(eq(schema.networkParticipant.organizationId, organizationId!));
		expect(linked.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
		expect(linked.every((p) => p.proposedOrganizationName === null)).toBe(true);
		expect(await countParticipatingOrganizations()).toBe(before + 1);
		await expect(
			reviewProposedOrganization(coordinator, { decision: 'reject', name: 'Stichting Nieuw Huis' })
		).rejects.toMatchObject({ code: 'not-found' });
	});

	it('merges a proposal into an existing organisation, or rejects it', async () => {
		const existing = await createOrganization({ name: 'Jeugdhulp Bestaand', kind: 'provider' });
		const a = await proposeBy('Jeugdhulp Bestaand BV');
		expect(
			(
				await fieldErrors(
					reviewProposedOrganization(coordinator, {
						decision: 'merge',
						name: 'Jeugdhulp Bestaand BV',
						organizationId: 'onbekend'
					})
				)
			).organizationId
		).toMatch(/bestaande organisatie/);
		await reviewProposedOrganization(coordinator, {
			decision: 'merge',
			name: 'Jeugdhulp Bestaand BV',
			organizationId: existing.id
		});
		const [merged] = await getDb()
			.select()
			.from(schema.networkParticipant)
			.where(eq(schema.networkParticipant.id, a.id));
		expect(merged).toMatchObject({ organizationId: existing.id, proposedOrganizationName: null });
		const b = await proposeBy('Onzin BV');
		await reviewProposedOrganization(coordinator, { decision: 'reject', name: 'Onzin BV' });
		const [rejected] = await getDb()
			.select()
			.from(schema.networkParticipant)
			.where(eq(schema.networkParticipant.id, b.id));
		expect(rejected).toMatchObject({ organizationId: null, proposedOrganizationName: null });
	});
});

describe('consortium, klankbordgroep and research agenda', () => {
	it('seeds the real names once and lets only the coordinator edit', async () => {
		await seedNetworkContent();
		await seedNetworkContent();
		const consortium = await listGroupMembers('consortium');
		expect(consortium.map((m) => m.name)).toEqual(
			expect.arrayContaining(['Parlan', 'Via Jeugd', 'Vigo', 'iHUB', 'Pluryn', 'Levvel', 'Schakenbosch'])
		);
		expect(consortium).toHaveLength(10);
		expect((await listGroupMembers('klankbordgroep')).map((m) => m.name)).toContain('StroomOP');
		expect(await listResearchItems()).toHaveLength(6);

		const errors = await fieldErrors(
			addGroupMember(coordinator, { group: 'bestuur', name: '', website: 'geen-url' })
		);
		expect(errors).toMatchObject({
			group: 'Kies consortium of klankbordgroep.',
			name: 'Vul de naam van de organisatie of persoon in.',
			website: expect.stringMatching(/webadres/)
		});
		expect(
			(await fieldErrors(addGroupMember(coordinator, { group: 'consortium', name: 'Parlan' }))).name
		).toMatch(/al in de lijst/);
		const { id } = await addGroupMember(coordinator, {
			group: 'klankbordgroep',
			name: 'Gemeente Voorbeeld',
			website: 'https://www.voorbeeld.nl'
		});
		expect((await listGroupMembers('klankbordgroep')).at(-1)).toMatchObject({
			name: 'Gemeente Voorbeeld',
			website: 'https://www.voorbeeld.nl'
		});
		await removeGroupMember(coordinator, id);

		expect(
			(await fieldErrors(addResearchItem(coordinator, { title: '', status: 'misschien' }))).status
		).toMatch(/gepland/);
		const item = await addResearchItem(coordinator, { title: 'Nieuw onderzoek', status: 'planned' });
		await setResearchItemStatus(coordinator, { id: item.id, status: 'running' });
		expect((await listResearchItems()).find((i) => i.id === item.id)).toMatchObject({ status: 'running' });
		await removeResearchItem(coordinator, item.id);
		await expect(removeResearchItem(coordinator, item.id)).rejects.toMatchObject({ code: 'not-found' });

		for (const actor of others) {
			await expect(addGroupMember(actor, { group: 'consortium', name: 'Indringer' })).rejects.toMatchObject({
				code: 'forbidden'
			});
			await expect(removeGroupMember(actor, consortium[0]!.id)).rejects.toMatchObject({ code: 'forbidden' });
			await expect(addResearchItem(actor, { title: 'x', status: 'planned' })).rejects.toMatchObject({
				code: 'forbidden'
			});
			await expect(setResearchItemStatus(actor, { id: 'x', status: 'done' })).rejects.toMatchObject({
				code: 'forbidden'
			});
		}
		expect(await listGroupMembers('consortium')).toHaveLength(10);
	});
});
