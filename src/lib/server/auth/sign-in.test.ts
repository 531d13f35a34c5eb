import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createUser } from '../accounts/create-user.ts';
import { getDb, schema } from '../db/index.ts';
import { getAuth } from './auth.ts';
import { signIn } from './sign-in.ts';

const password = 'een-lang-wachtwoord';

describe('signing in', () => {
	it('works through better-auth for a user made by createUser, and creates a database session', async () => {
		const { id } = await createUser({ name: 'Anna', email: 'Anna@Example.nl', password, emailVerified: true });
		const auth = await getAuth();
		const { headers, response } = await auth.api.signInEmail({
			body: { email: 'anna@example.nl', password },
			returnHeaders: true
		});
		expect(response.user.id).toBe(id);
		const sessions = await getDb().select().from(schema.session).where(eq(schema.session.userId, id));
		expect(sessions).toHaveLength(1);
		// The session cookie that a browser would send back resolves to the same user.
		const cookie = (headers.get('set-cookie') ?? '').split(';')[0] ?? '';
		const found = await auth.api.getSession({ headers: new Headers({ cookie }) });
		expect(found?.user.id).toBe(id);
	});

	it('refuses a wrong password with a Dutch message', async () => {
		await createUser({ name: 'Bert', email: 'bert@example.nl', password, emailVerified: true });
		await expect(signIn({ email: 'bert@example.nl', password: 'fout-wachtwoord', ip: '1.2.3.4' })).rejects.toMatchObject({
			code: 'unauthenticated',
			message: 'Het e-mailadres of het wachtwoord klopt niet.'
		});
	});

	it('refuses an unverified account with the verification message', async () => {
		await createUser({ name: 'Cor', email: 'cor@example.nl', password });
		await expect(signIn({ email: 'cor@example.nl', password, ip: '1.2.3.4' })).rejects.toMatchObject({
			code: 'forbidden',
			message: expect.stringContaining('nog niet bevestigd')
		});
	});

	it('refuses invalid input per field', async () => {
		await expect(signIn({ email: 'geen-adres', password: '', ip: '1.2.3.4' })).rejects.toMatchObject({
			code: 'invalid-input',
			fieldErrors: [
				{ path: 'email', message: expect.stringContaining('geldig e-mailadres') },
				{ path: 'password', message: 'Vul een wachtwoord in.' }
			]
		});
	});
});
