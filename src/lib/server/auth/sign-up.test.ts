import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, schema } from '../db/index.ts';
import { requestPasswordReset } from './request-password-reset.ts';
import { resetPassword } from './reset-password.ts';
import { signIn } from './sign-in.ts';
import { signUp } from './sign-up.ts';
import { verifyEmail } from './verify-email.ts';

const ip = '127.0.0.1';

/** The token in the link of the newest mail to an address. */
async function tokenFromMail(to: string, path: string): Promise<string> {
	const [mail] = await getDb()
		.select()
		.from(schema.mailOutbox)
		.where(eq(schema.mailOutbox.to, to))
		.orderBy(desc(schema.mailOutbox.createdAt));
	const match = mail?.text.match(new RegExp(`${path}\\?token=([^\\s]+)`));
	if (!match?.[1]) throw new Error(`no ${path} link in mail to ${to}`);
	return decodeURIComponent(match[1]);
}

describe('sign-up, verification and password reset', () => {
	it('needs the mailed link before login, and resets a password by mail', async () => {
		await signUp({ name: 'Eva', email: 'eva@example.nl', password: 'eva-wachtwoord', passwordRepeat: 'eva-wachtwoord', ip });
		await expect(signIn({ email: 'eva@example.nl', password: 'eva-wachtwoord', ip })).rejects.toMatchObject({ code: 'forbidden' });

		expect(await verifyEmail('onzin')).toBe(false);
		expect(await verifyEmail(await tokenFromMail('eva@example.nl', '/e-mail-bevestigen'))).toBe(true);
		await signIn({ email: 'eva@example.nl', password: 'eva-wachtwoord', ip });

		// An unknown address gets no mail and no error.
		await requestPasswordReset({ email: 'niemand@example.nl', ip });
		expect(await getDb().select().from(schema.mailOutbox).where(eq(schema.mailOutbox.to, 'niemand@example.nl'))).toEqual([]);

		await requestPasswordReset({ email: 'eva@example.nl', ip });
		const token = await tokenFromMail('eva@example.nl', '/wachtwoord-herstellen');
		await resetPassword({ token, password: 'nieuw-eva-wachtwoord', passwordRepeat: 'nieuw-eva-wachtwoord' });
		await expect(resetPassword({ token, password: 'nog-een-wachtwoord', passwordRepeat: 'nog-een-wachtwoord' })).rejects.toMatchObject({
			code: 'invalid-input'
		});
		await expect(signIn({ email: 'eva@example.nl', password: 'eva-wachtwoord', ip })).rejects.toMatchObject({ code: 'unauthenticated' });
		await signIn({ email: 'eva@example.nl', password: 'nieuw-eva-wachtwoord', ip });
	});

	it('answers a sign-up for an existing address like any other (no account is revealed)', async () => {
		const input = { name: 'Fien', email: 'fien@example.nl', password: 'fien-wachtwoord', passwordRepeat: 'fien-wachtwoord', ip };
		await signUp(input);
		await expect(signUp({ ...input, name: 'Iemand anders' })).resolves.toBeUndefined();
		const users = await getDb().select().from(schema.user).where(eq(schema.user.email, 'fien@example.nl'));
		expect(users.map((u) => u.name)).toEqual(['Fien']);
	});

	it('names the repeated password when it differs', async () => {
		await expect(
			signUp({ name: 'Gijs', email: 'gijs@example.nl', password: 'gijs-wachtwoord', passwordRepeat: 'anders-wachtwoord', ip })
		).rejects.toMatchObject({ fieldErrors: [{ path: 'passwordRepeat', message: 'De twee wachtwoorden zijn niet gelijk.' }] });
	});
});
