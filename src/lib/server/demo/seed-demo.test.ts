import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadSessionUser } from '../accounts/load-session-user.ts';
import { organizationKinds, platformRoles } from '../accounts/roles.ts';
import { signIn } from '../auth/sign-in.ts';
import { getDb, schema } from '../db/index.ts';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, demoAccounts } from './demo-accounts.ts';
import { formatDemoLogins } from './format-demo-logins.ts';
import { isDatabaseEmpty, seedDemo } from './seed-demo.ts';

describe('seedDemo', () => {
	it('fills an empty database with every role and organisation kind, then does nothing again', async () => {
		expect(await isDatabaseEmpty()).toBe(true);
		const result = await seedDemo();
		if (!result.seeded) throw new Error('expected the demo data to be seeded');
		expect(result.password).toBe(DEMO_PASSWORD);
		expect(result.logins.map((l) => l.email).sort()).toEqual(
			Object.values(demoAccounts)
				.map((a) => a.email)
				.sort()
		);

		const db = getDb();
		const users = await db.select().from(schema.user);
		expect(users.every((u) => u.email.endsWith(`@${DEMO_EMAIL_DOMAIN}`) && u.emailVerified)).toBe(true);
		const rolesPresent = new Set(users.map((u) => u.role));
		for (const role of platformRoles) expect(rolesPresent).toContain(role);

		const organizations = await db.select().from(schema.organization);
		expect(organizations.every((o) => o.name.startsWith('Demo:'))).toBe(true);
		expect(new Set(organizations.map((o) => o.kind))).toEqual(new Set(organizationKinds));
		expect(organizations.filter((o) => o.kind === 'provider')).toHaveLength(2);

		// Organisation roles: a provider manager and member, a municipality member.
		const sessionOf = async (email: string) => {
			const [row] = await db
				.select({ id: schema.user.id })
				.from(schema.user)
				.where(eq(schema.user.email, email));
			return loadSessionUser(row!.id);
		};
		expect((await sessionOf(demoAccounts.providerManager.email))?.organizations).toEqual([
			expect.objectContaining({ kind: 'provider', role: 'manager' })
		]);
		expect((await sessionOf(demoAccounts.providerMember.email))?.organizations).toEqual([
			expect.objectContaining({ kind: 'provider', role: 'member' })
		]);
		expect((await sessionOf(demoAccounts.municipalityMember.email))?.organizations).toEqual([
			expect.objectContaining({ kind: 'municipality', role: 'member' })
		]);

		expect(await seedDemo()).toEqual({ seeded: false });
		expect(await db.select().from(schema.user)).toHaveLength(users.length);
	});

	it('creates accounts that can log in with the documented password', async () => {
		const { userId } = await signIn({
			email: demoAccounts.editor.email,
			password: DEMO_PASSWORD,
			ip: '127.0.0.1'
		});
		expect(userId).toBeTruthy();
	});
});

describe('formatDemoLogins', () => {
	it('tells where to log in, the password, and every e-mail with its role', () => {
		const text = formatDemoLogins(
			[
				{ email: 'beheerder@demo.kleinschalig.nl', name: 'B', role: 'admin', description: '' },
				{
					email: 'teamleider@demo.kleinschalig.nl',
					name: 'T',
					role: 'user',
					organization: { name: 'Demo: De Linde', role: 'manager' },
					description: ''
				}
			],
			DEMO_PASSWORD,
			'http://localhost:3000/inloggen'
		);
		expect(text).toContain('http://localhost:3000/inloggen');
		expect(text).toContain(DEMO_PASSWORD);
		expect(text).toMatch(/beheerder@demo\.kleinschalig\.nl\s+beheerder/);
		expect(text).toMatch(/teamleider@demo\.kleinschalig\.nl\s+beheerder van Demo: De Linde/);
	});
});
