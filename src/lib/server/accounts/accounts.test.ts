import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getAuth } from '../auth/auth.ts';
import { getDb, schema } from '../db/index.ts';
import { acceptInvitationAsNewUser } from './accept-invitation-as-new-user.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { systemActor, type Actor } from './actor.ts';
import { addMember } from './add-member.ts';
import { cancelInvitation } from './cancel-invitation.ts';
import { changeMemberRole } from './change-member-role.ts';
import { createOrganization } from './create-organization.ts';
import { createUser } from './create-user.ts';
import { getOrganization } from './get-organization.ts';
import { inviteMember } from './invite-member.ts';
import { listOrganizations } from './list-organizations.ts';
import { listUsers } from './list-users.ts';
import { loadSessionUser } from './load-session-user.ts';
import { removeMember } from './remove-member.ts';
import { setUserBlocked } from './set-user-blocked.ts';
import { setUserRole } from './set-user-role.ts';

const password = 'een-lang-wachtwoord';
let counter = 0;

/** A user with a unique address; returns the actor and the e-mail. */
async function buildUser(overrides: { role?: 'admin' | 'user' | 'editor'; verified?: boolean } = {}) {
	counter += 1;
	const email = `persoon${counter}@example.nl`;
	const role = overrides.role ?? 'user';
	const { id } = await createUser({ name: `Persoon ${counter}`, email, password, role, emailVerified: overrides.verified ?? true });
	return { actor: { id, role } satisfies Actor, email };
}

async function outboxFor(to: string) {
	return getDb().select().from(schema.mailOutbox).where(eq(schema.mailOutbox.to, to));
}

describe('createUser', () => {
	it('stores a lower-cased address, the role, and refuses a second account for it', async () => {
		const { id } = await createUser({ name: 'Dirk', email: ' Dirk@Example.NL ', password, role: 'editor' });
		const [row] = await getDb().select().from(schema.user).where(eq(schema.user.id, id));
		expect(row).toMatchObject({ email: 'dirk@example.nl', role: 'editor', emailVerified: false, banned: false });
		await expect(createUser({ name: 'Dirk 2', email: 'dirk@example.nl', password })).rejects.toMatchObject({
			code: 'conflict',
			fieldErrors: [{ path: 'email', message: 'Er bestaat al een account met dit e-mailadres.' }]
		});
	});

	it('gives a Dutch message per invalid field', async () => {
		await expect(createUser({ name: '', email: 'x', password: 'kort', role: 'koning' as never })).rejects.toMatchObject({
			code: 'invalid-input',
			fieldErrors: [
				{ path: 'name', message: 'Vul uw naam in.' },
				{ path: 'email', message: expect.stringContaining('geldig e-mailadres') },
				{ path: 'password', message: 'Het wachtwoord moet minstens 10 tekens lang zijn.' },
				{ path: 'role', message: 'Kies een rol.' }
			]
		});
	});
});

describe('createOrganization and addMember', () => {
	it('derives unique slugs, stores the kind, and adds or promotes members', async () => {
		const a = await createOrganization({ name: 'Stichting Één & Ander', kind: 'provider' });
		const b = await createOrganization({ name: 'Stichting Één & Ander', kind: 'municipality' });
		expect(a.slug).toBe('stichting-een-ander');
		expect(b.slug).toBe('stichting-een-ander-2');
		await expect(createOrganization({ name: 'X', kind: 'provider', slug: a.slug })).rejects.toMatchObject({ code: 'conflict' });
		await expect(createOrganization({ name: 'X', kind: 'bank' as never })).rejects.toMatchObject({
			fieldErrors: [{ path: 'kind', message: 'Kies een soort organisatie.' }]
		});

		const { actor } = await buildUser();
		await addMember({ organizationId: a.id, userId: actor.id, role: 'member' });
		await addMember({ organizationId: a.id, userId: actor.id, role: 'manager' });
		const user = await loadSessionUser(actor.id);
		expect(user?.organizations).toEqual([{ id: a.id, name: 'Stichting Één & Ander', kind: 'provider', role: 'manager' }]);
		await expect(addMember({ organizationId: 'bestaat-niet', userId: actor.id, role: 'member' })).rejects.toMatchObject({
			code: 'not-found'
		});
	});
});

describe('invitations and members', () => {
	it('lets a manager invite; the new user accepts, is verified, a member, and can log in', async () => {
		const org = await createOrganization({ name: 'Huizen Noord', kind: 'provider' });
		const manager = await buildUser();
		await addMember({ organizationId: org.id, userId: manager.actor.id, role: 'manager' });

		const invited = await inviteMember(manager.actor, { organizationId: org.id, email: 'Nieuw@Example.nl', role: 'member' });
		const [mail] = await outboxFor('nieuw@example.nl');
		expect(mail?.subject).toBe('Uitnodiging voor Huizen Noord op Kleinschalig');
		expect(mail?.text).toContain(`/uitnodiging/${invited.id}`);

		await expect(
			acceptInvitationAsNewUser(invited.id, { name: 'Nieuw', password, passwordRepeat: 'iets-anders-dan' })
		).rejects.toMatchObject({ fieldErrors: [{ path: 'passwordRepeat', message: 'De twee wachtwoorden zijn niet gelijk.' }] });

		const { userId } = await acceptInvitationAsNewUser(invited.id, { name: 'Nieuw', password, passwordRepeat: password });
		const user = await loadSessionUser(userId);
		expect(user).toMatchObject({ email: 'nieuw@example.nl', emailVerified: true, role: 'user' });
		expect(user?.organizations).toEqual([{ id: org.id, name: 'Huizen Noord', kind: 'provider', role: 'member' }]);
		const auth = await getAuth();
		const signedIn = await auth.api.signInEmail({ body: { email: 'nieuw@example.nl', password } });
		expect(signedIn.user.id).toBe(userId);

		// The link works once.
		await expect(acceptInvitationAsNewUser(invited.id, { name: 'Nog eens', password, passwordRepeat: password })).rejects.toMatchObject({
			code: 'conflict'
		});
		const details = await getOrganization(manager.actor, org.id);
		expect(details.members.map((mm) => mm.email).sort()).toEqual([manager.email, 'nieuw@example.nl'].sort());
		expect(details.invitations).toEqual([]);
	});

	it('lets an existing user accept an invitation for their own address only', async () => {
		const org = await createOrganization({ name: 'Gemeente Oost', kind: 'municipality' });
		const invitee = await buildUser({ verified: false });
		const other = await buildUser();
		const { actor: admin } = await buildUser({ role: 'admin' });
		const inv = await inviteMember(admin, { organizationId: org.id, email: invitee.email, role: 'manager' });
		await expect(acceptInvitation({ id: other.actor.id, email: other.email }, inv.id)).rejects.toMatchObject({ code: 'forbidden' });
		await acceptInvitation({ id: invitee.actor.id, email: invitee.email }, inv.id);
		const user = await loadSessionUser(invitee.actor.id);
		expect(user).toMatchObject({ emailVerified: true });
		expect(user?.organizations[0]?.role).toBe('manager');
	});

	it('refuses non-managers: invite, change role, remove, revoke, view', async () => {
		const org = await createOrganization({ name: 'Huizen Zuid', kind: 'provider' });
		const manager = await buildUser();
		const plain = await buildUser();
		const outsider = await buildUser();
		await addMember({ organizationId: org.id, userId: manager.actor.id, role: 'manager' });
		await addMember({ organizationId: org.id, userId: plain.actor.id, role: 'member' });
		const details = await getOrganization(manager.actor, org.id);
		const plainMembership = details.members.find((mm) => mm.userId === plain.actor.id);
		const managerMembership = details.members.find((mm) => mm.userId === manager.actor.id);
		if (!plainMembership || !managerMembership) throw new Error('memberships missing');
		const inv = await inviteMember(manager.actor, { organizationId: org.id, email: 'iemand@example.nl', role: 'member' });

		for (const actor of [plain.actor, outsider.actor]) {
			await expect(inviteMember(actor, { organizationId: org.id, email: 'x@example.nl', role: 'member' })).rejects.toMatchObject({
				code: 'forbidden'
			});
			await expect(changeMemberRole(actor, { memberId: plainMembership.id, role: 'manager' })).rejects.toMatchObject({
				code: 'forbidden'
			});
			await expect(removeMember(actor, managerMembership.id)).rejects.toMatchObject({ code: 'forbidden' });
			await expect(cancelInvitation(actor, inv.id)).rejects.toMatchObject({ code: 'forbidden' });
			await expect(getOrganization(actor, org.id)).rejects.toMatchObject({ code: 'forbidden' });
		}

		// The manager can, but the organisation keeps one manager.
		await expect(removeMember(manager.actor, managerMembership.id)).rejects.toMatchObject({ code: 'conflict' });
		await changeMemberRole(manager.actor, { memberId: plainMembership.id, role: 'manager' });
		await removeMember(manager.actor, managerMembership.id);
		await cancelInvitation(plain.actor, inv.id);
		const after = await getOrganization(plain.actor, org.id);
		expect(after.members.map((mm) => [mm.userId, mm.role])).toEqual([[plain.actor.id, 'manager']]);
		expect(after.invitations).toEqual([]);
	});
});

describe('admin functions', () => {
	it('refuse non-admins and work for admins', async () => {
		const { actor: admin } = await buildUser({ role: 'admin' });
		const { actor: editor } = await buildUser({ role: 'editor' });
		const target = await buildUser();

		await expect(listUsers(editor, {})).rejects.toMatchObject({ code: 'forbidden' });
		await expect(setUserRole(editor, { userId: target.actor.id, role: 'admin' })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(setUserBlocked(editor, { userId: target.actor.id, blocked: true })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(listOrganizations(editor)).rejects.toMatchObject({ code: 'forbidden' });

		await setUserRole(admin, { userId: target.actor.id, role: 'researcher' });
		await expect(setUserRole(admin, { userId: admin.id, role: 'user' })).rejects.toMatchObject({ code: 'forbidden' });
		const found = await listUsers(admin, { search: target.email.toUpperCase() });
		expect(found.items.map((u) => [u.email, u.role])).toEqual([[target.email, 'researcher']]);

		// Blocking ends the sessions and refuses login with a Dutch message.
		const auth = await getAuth();
		await auth.api.signInEmail({ body: { email: target.email, password } });
		await setUserBlocked(admin, { userId: target.actor.id, blocked: true });
		expect(await getDb().select().from(schema.session).where(eq(schema.session.userId, target.actor.id))).toEqual([]);
		await expect(auth.api.signInEmail({ body: { email: target.email, password } })).rejects.toMatchObject({
			body: { code: 'BANNED_USER' }
		});
		await setUserBlocked(systemActor, { userId: target.actor.id, blocked: false });
		await auth.api.signInEmail({ body: { email: target.email, password } });
	});

	it('paginates users 25 a page', async () => {
		for (let i = 0; i < 27; i++) await buildUser();
		const first = await listUsers(systemActor, {});
		const last = await listUsers(systemActor, { page: '999' });
		expect(first.items).toHaveLength(25);
		expect(last.page).toBe(last.pages);
		expect(first.total).toBeGreaterThanOrEqual(27);
		expect(first.pages).toBe(Math.ceil(first.total / 25));
		const second = await listUsers(systemActor, { page: 2 });
		expect(second.page).toBe(2);
		expect(second.items.some((u) => first.items.some((f) => f.id === u.id))).toBe(false);
	});
});
