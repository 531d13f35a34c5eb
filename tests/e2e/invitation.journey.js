/**
 * Journey (c): a provider's manager invites a new colleague; the invitation arrives over real SMTP;
 * the colleague follows the link, creates an account, is a member of the organisation, and can log
 * in again with the new password.
 */
import assert from 'node:assert/strict';
import { heading, logIn, logOut, shownRoleLinks, userMenu } from './steps.js';

/** @type {import('./harness.js').Journey[]} */
export default [
	{
		name: 'teamleider nodigt een nieuwe medewerker uit die een account aanmaakt',
		async run(t) {
			const { page } = t;
			const manager = t.accounts.providerManager;
			assert.ok(manager?.organization, 'the demo provider manager belongs to an organisation');
			const email = `nieuwe.collega.${Date.now()}@example.org`;
			const password = 'Nieuw-wachtwoord-2026';
			const name = 'Nieuwe Collega';

			await logIn(t, manager.email, manager.password);
			await t.visit('/organisatie');
			await page.getByText(manager.organization).first().waitFor();
			const invite = page.locator('form').filter({ has: page.getByRole('button', { name: 'Uitnodigen', exact: true }) });
			await invite.getByLabel('E-mailadres', { exact: true }).fill(email);
			await invite.getByLabel('Rol', { exact: true }).selectOption('member');
			await invite.getByRole('button', { name: 'Uitnodigen', exact: true }).click();

			const mail = await t.waitForMail(email, /uitnodig/i);
			t.log(`mail received: "${mail.subject}"`);
			// The page confirms the invitation (the address is shown, e.g. in the list of open invitations).
			await page.getByRole('main').getByText(email).first().waitFor();
			await t.audit('na uitnodigen');

			const link = mail.links.find((l) => /\/uitnodiging\/[^/?#\s]+$/.test(new URL(l).pathname));
			assert.ok(link, `the mail contains a /uitnodiging/<id> link; links: ${mail.links.join(', ') || '(none)'}`);
			assert.equal(new URL(link).origin, new URL(t.baseURL).origin, 'the link points at this site (ORIGIN)');
			assert.ok(mail.text.includes(manager.organization), 'the mail names the organisation');

			await logOut(t);
			await t.visit(link);
			await heading(page);
			const main = page.getByRole('main');
			await main.getByLabel('Naam', { exact: true }).fill(name);
			await main.getByLabel('Wachtwoord', { exact: true }).fill(password);
			await main.getByLabel('Herhaal wachtwoord', { exact: true }).fill(password);
			await t.follow(() => main.getByRole('button', { name: 'Account aanmaken', exact: true }).click(), (url) => url.pathname === '/account');

			await page.getByRole('main').getByText(manager.organization).first().waitFor();
			await userMenu(page).getByRole('link', { name: 'Mijn account', exact: true }).waitFor();
			assert.deepEqual(await shownRoleLinks(page), [], 'a new member has no role links');

			await logOut(t);
			await logIn(t, email, password);
			await t.visit('/account');
			await page.getByRole('main').getByText(manager.organization).first().waitFor();
			await page.getByRole('main').getByText(name).first().waitFor();

			// The link works once.
			await logOut(t);
			await page.goto(link);
			await t.audit('gebruikte uitnodiging');
			const { invitationClosed, invitationNotFound } = t.messages.auth.errors;
			await page.getByText(new RegExp(`${escape(invitationClosed)}|${escape(invitationNotFound)}`)).first().waitFor();
		}
	}
];

/** @param {string} text */
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
