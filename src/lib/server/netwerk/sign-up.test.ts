import { desc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createActiveParticipant, fieldErrors } from '../../../../tests/factories/netwerk.ts';
import { registrationConsent } from '../../netwerk/consent.ts';
import { createOrganization } from '../accounts/create-organization.ts';
import { createUser } from '../accounts/create-user.ts';
import { signIn } from '../auth/sign-in.ts';
import { getDb, schema } from '../db/index.ts';
import { confirmParticipant, getConfirmation } from './confirm-participant.ts';
import { findActiveParticipantByUserId } from './find-participant.ts';
import { removeUnconfirmedParticipants } from './remove-unconfirmed-participants.ts';
import { signUpParticipant, type SignUpInput } from './sign-up-participant.ts';
import { runDueJobs } from '../jobs/index.ts';

const hour = 60 * 60 * 1000;
const ip = '10.1.1.1';

function valid(overrides: Partial<SignUpInput> = {}): SignUpInput {
	return {
		name: 'Sanne Bakker',
		email: 'Sanne.Bakker@Example.org',
		proposedOrganizationName: 'Stichting Het Kleine Huis',
		role: 'pedagogisch medewerker',
		themes: ['onderwijs', 'team'],
		consent: 'ja',
		consentVersion: registrationConsent.version,
		...overrides
	};
}

/** The token from the newest mail to an address (mails go to mail_outbox in tests). */
async function tokenFromMail(to: string): Promise<string> {
	const [mail] = await getDb()
		.select()
		.from(schema.mailOutbox)
		.where(eq(schema.mailOutbox.to, to))
		.orderBy(desc(schema.mailOutbox.createdAt));
	const match = mail?.text.match(/\/leernetwerk\/aanmelden\/bevestigen\/([A-Za-z0-9_-]+)/);
	if (!match?.[1]) throw new Error(`no confirmation link in the mail to ${to}`);
	return match[1];
}

describe('signing up for the network (double opt-in)', () => {
	beforeEach(async () => {
		// One database per file: every test starts without participants, accounts or mail.
		const db = getDb();
		await db.delete(schema.networkParticipant);
		await db.delete(schema.user);
		await db.delete(schema.mailOutbox);
	});

	it('rejects bad input with a Dutch message per field and stores nothing', async () => {
		const errors = await fieldErrors(
			signUpParticipant(
				{
					name: ' ',
					email: 'geen-adres',
					role: '',
					themes: ['onbekend'],
					consent: undefined,
					consentVersion: registrationConsent.version
				},
				{ ip }
			)
		);
		expect(errors.name).toBe('Vul uw naam in.');
		expect(errors.email).toMatch(/geldig e-mailadres/);
		expect(errors.role).toMatch(/functie/);
		expect(errors['themes/0']).toMatch(/thema/);
		expect(errors.consent).toMatch(/toestemming/i);
		expect(errors.organizationId).toMatch(/organisatie/);
		expect(await getDb().select().from(schema.networkParticipant)).toHaveLength(0);
	});

	it('asks for an organisation (one or the other) and refuses an unknown one or a stale consent text', async () => {
		expect(
			(await fieldErrors(signUpParticipant(valid({ proposedOrganizationName: '' }), { ip }))).organizationId
		).toMatch(/organisatie/);
		const org = await createOrganization({ name: 'Jeugdhulp Oost', kind: 'provider' });
		expect(
			(await fieldErrors(signUpParticipant(valid({ organizationId: org.id }), { ip })))
				.proposedOrganizationName
		).toMatch(/niet allebei/);
		expect(
			(
				await fieldErrors(
					signUpParticipant(valid({ proposedOrganizationName: '', organizationId: 'nope' }), { ip })
				)
			).organizationId
		).toMatch(/bestaat niet/);
		expect(
			(await fieldErrors(signUpParticipant(valid({ consentVersion: '2020-1' }), { ip }))).consentVersion
		).toMatch(/gewijzigd/);
	});

	it('stores a pending participant with consent version and time and only a hash of the token; confirming creates the account', async () => {
		const now = new Date('2026-11-02T10:00:00Z');
		await signUpParticipant(valid({ optionalConsents: ['newsletter'] }), { ip, now });
		const [row] = await getDb().select().from(schema.networkParticipant);
		expect(row).toMatchObject({
			email: 'sanne.bakker@example.org',
			status: 'pending',
			userId: null,
			consentVersion: registrationConsent.version,
			themes: ['onderwijs', 'team']
		});
		expect(row!.consentAt.toISOString()).toBe(now.toISOString());
		const token = await tokenFromMail('sanne.bakker@example.org');
		expect(row!.confirmationTokenHash).not.toContain(token);
		expect(await getDb().select().from(schema.networkConsent)).toMatchObject([
			{ kind: 'newsletter', version: '2026-11-1' }
		]);

		expect(await getConfirmation(token, now)).toEqual({
			status: 'valid',
			name: 'Sanne Bakker',
			email: 'sanne.bakker@example.org',
			hasAccount: false
		});
		const tooShort = await fieldErrors(
			confirmParticipant({ token, password: 'kort', passwordRepeat: 'kort' }, now)
		);
		expect(tooShort.password).toBeTruthy();
		const { userId } = await confirmParticipant(
			{ token, password: 'Een-goed-wachtwoord', passwordRepeat: 'Een-goed-wachtwoord' },
			new Date(now.getTime() + 47 * hour)
		);
		const participant = await findActiveParticipantByUserId(userId);
		expect(participant).toMatchObject({
			name: 'Sanne Bakker',
			organizationName: 'Stichting Het Kleine Huis',
			organizationId: null
		});
		await expect(
			signIn({ email: 'sanne.bakker@example.org', password: 'Een-goed-wachtwoord', ip })
		).resolves.toMatchObject({ userId });
		// The link works once.
		expect(await getConfirmation(token, now)).toEqual({ status: 'invalid' });
	});

	it('refuses a link after 48 hours', async () => {
		const now = new Date('2026-11-02T10:00:00Z');
		await signUpParticipant(valid(), { ip, now });
		const token = await tokenFromMail('sanne.bakker@example.org');
		const later = new Date(now.getTime() + 48 * hour + 1000);
		expect(await getConfirmation(token, later)).toEqual({ status: 'expired' });
		await expect(
			confirmParticipant(
				{ token, password: 'Een-goed-wachtwoord', passwordRepeat: 'Een-goed-wachtwoord' },
				later
			)
		).rejects.toMatchObject({ code: 'conflict' });
		expect(await getDb().select().from(schema.user)).toHaveLength(0);
	});

	it('links to an existing account with the same address without asking a password', async () => {
		const { id } = await createUser({
			name: 'Sanne',
			email: 'sanne.bakker@example.org',
			password: 'Bestaand-wachtwoord',
			emailVerified: true
		});
		await signUpParticipant(valid(), { ip });
		const token = await tokenFromMail('sanne.bakker@example.org');
		expect(await getConfirmation(token)).toMatchObject({ status: 'valid', hasAccount: true });
		await confirmParticipant({ token });
		expect(await findActiveParticipantByUserId(id)).toMatchObject({ email: 'sanne.bakker@example.org' });
	});

	it('answers the same for a known participant and sends them a different mail, without a second sign-up', async () => {
		await createActiveParticipant({ email: 'sanne.bakker@example.org' });
		await expect(signUpParticipant(valid(), { ip })).resolves.toBeUndefined();
		const rows = await getDb().select().from(schema.networkParticipant);
		expect(rows).toHaveLength(1);
		const mails = await getDb().select().from(schema.mailOutbox);
		expect(mails.map((m) => m.subject)).toEqual(['U bent al deelnemer van het praktijkleernetwerk']);
	});

	it('a new sign-up replaces an unconfirmed one (the old link stops working)', async () => {
		await signUpParticipant(valid(), { ip });
		const first = await tokenFromMail('sanne.bakker@example.org');
		await new Promise((r) => setTimeout(r, 5));
		await signUpParticipant(valid({ name: 'Sanne B.' }), { ip });
		expect(await getDb().select().from(schema.networkParticipant)).toHaveLength(1);
		expect(await getConfirmation(first)).toEqual({ status: 'invalid' });
	});

	it('removes sign-ups left unconfirmed for 7 days, through the recurring job too, and keeps active ones', async () => {
		const t0 = new Date('2026-11-02T10:00:00Z');
		await signUpParticipant(valid(), { ip, now: t0 });
		await signUpParticipant(valid({ email: 'later@example.org' }), {
			ip,
			now: new Date(t0.getTime() + 3 * 24 * hour)
		});
		const { participant } = await createActiveParticipant();
		expect(await removeUnconfirmedParticipants({ now: new Date(t0.getTime() + 7 * 24 * hour - 1000) })).toBe(
			0
		);
		expect(await removeUnconfirmedParticipants({ now: new Date(t0.getTime() + 7 * 24 * hour + 1000) })).toBe(
			1
		);
		const left = await getDb()
			.select({ email: schema.networkParticipant.email })
			.from(schema.networkParticipant);
		expect(left.map((r) => r.email).sort()).toEqual([participant.email, 'later@example.org'].sort());
		// The registered recurring job does the same when it comes due.
		await runDueJobs({ now: new Date(t0.getTime() + 60 * 24 * hour) });
		await runDueJobs({ now: new Date(t0.getTime() + 61 * 24 * hour) });
		const afterJob = await getDb()
			.select({ email: schema.networkParticipant.email })
			.from(schema.networkParticipant);
		expect(afterJob.map((r) => r.email)).toEqual([participant.email]);
	});
});
