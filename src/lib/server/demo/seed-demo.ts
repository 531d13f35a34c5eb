import { sql } from 'drizzle-orm';
import { addMember } from '../accounts/add-member.ts';
import { createOrganization } from '../accounts/create-organization.ts';
import { createUser } from '../accounts/create-user.ts';
import type { OrganizationRole, PlatformRole } from '../accounts/roles.ts';
import { databaseHandle, getDb, schema } from '../db/index.ts';
import { seedDemoNetwork } from '../netwerk/seed-demo-network.ts';
import { seedDemoMeetings } from '../netwerk/meetings/seed-demo-meetings.ts';
import { seedDemoHomes } from '../register/seed-demo-homes.ts';
import { seedDemoProfiles } from '../matching/seed-demo-profiles.ts';
import { seedDemoMonitor } from '../monitor/seed-demo-monitor.ts';
import { DEMO_PASSWORD, demoAccounts, demoOrganizations, type DemoOrganizationKey } from './demo-accounts.ts';

export interface DemoLogin {
	email: string;
	name: string;
	role: PlatformRole;
	organization?: { name: string; role: OrganizationRole };
	description: string;
}

export type DemoSeedResult = { seeded: true; password: string; logins: DemoLogin[] } | { seeded: false };

// An arbitrary constant (next to the migration lock): serialises seeding of several instances.
const SEED_LOCK_ID = 724_102;

/** Whether the database holds no accounts yet (the only state in which demo data may be added). */
export async function isDatabaseEmpty(): Promise<boolean> {
	const rows = await getDb().select({ id: schema.user.id }).from(schema.user).limit(1);
	return rows.length === 0;
}

async function seedIfEmpty(): Promise<DemoSeedResult> {
	if (!(await isDatabaseEmpty())) return { seeded: false };

	const organizationIds = new Map<DemoOrganizationKey, string>();
	for (const [key, organization] of Object.entries(demoOrganizations) as [
		DemoOrganizationKey,
		(typeof demoOrganizations)[DemoOrganizationKey]
	][]) {
		const { id } = await createOrganization({
			name: organization.name,
			kind: organization.kind,
			slug: organization.slug
		});
		organizationIds.set(key, id);
	}

	const logins: DemoLogin[] = [];
	for (const account of Object.values(demoAccounts)) {
		const { id } = await createUser({
			name: account.name,
			email: account.email,
			password: DEMO_PASSWORD,
			role: account.role,
			emailVerified: true
		});
		const login: DemoLogin = {
			email: account.email,
			name: account.name,
			role: account.role,
			description: account.description
		};
		if ('organization' in account) {
			const { key, role } = account.organization;
			await addMember({ organizationId: organizationIds.get(key)!, userId: id, role });
			login.organization = { name: demoOrganizations[key].name, role };
		}
		logins.push(login);
	}
	await seedDemoHomes({ providerLinde: organizationIds.get('providerLinde')!, providerAnker: organizationIds.get('providerAnker')! });
	await seedDemoProfiles({ providerLinde: organizationIds.get('providerLinde')! });
	await seedDemoMonitor({ providerLinde: organizationIds.get('providerLinde')!, providerAnker: organizationIds.get('providerAnker')! });
	await seedDemoNetwork({ providerLinde: organizationIds.get('providerLinde')!, providerAnker: organizationIds.get('providerAnker')!, region: organizationIds.get('region')! });
	await seedDemoMeetings();
	return { seeded: true, password: DEMO_PASSWORD, logins };
}

/**
 * Fills an EMPTY database (no users) with the synthetic demo set from demo-accounts.ts and returns
 * the logins; does nothing on a database that has users. On PostgreSQL an advisory lock held for
 * the duration makes two instances starting at once seed exactly once.
 */
export async function seedDemo(): Promise<DemoSeedResult> {
	const handle = databaseHandle();
	if (handle.kind !== 'postgres') return seedIfEmpty(); // PGlite: one process owns the data folder.
	// The transaction only holds the lock; the account functions use their own connections.
	return handle.db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_ID})`);
		return seedIfEmpty();
	});
}
