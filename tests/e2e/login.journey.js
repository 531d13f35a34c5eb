/**
 * Journey (b): every demo role logs in, sees exactly its own links in the Gebruikersmenu, opens its
 * own area and logs out again. Plus: a wrong password, a protected page while logged out, and
 * logging in without JavaScript.
 */
import assert from 'node:assert/strict';
import { heading, logIn, logOut, roleLinks, shownRoleLinks, userMenu } from './steps.js';

/** The Gebruikersmenu link each platform role gets (agreed texts). */
const linkForRole = /** @type {Record<string, string>} */ ({
	admin: 'Beheer',
	editor: 'Redactie',
	coordinator: 'Netwerkbeheer',
	researcher: 'Onderzoeksdata'
});

/** The role links a demo account should see. @param {import('./harness.js').DemoAccount} account */
function expectedLinks(account) {
	/** @type {string[]} */
	const links = [];
	const platform = linkForRole[account.role];
	if (platform) links.push(platform);
	if (account.organizationRole === 'manager') links.push('Mijn organisatie');
	return roleLinks.filter((name) => links.includes(name));
}

/** One journey per demo role the brief names. @param {string} key */
function roleJourney(key) {
	return {
		name: `inloggen als ${key}: juiste menu, eigen pagina, uitloggen`,
		/** @param {import('./harness.js').JourneyContext} t */
		async run(t) {
			const { page } = t;
			const account = t.accounts[key];
			assert.ok(account, `demo account ${key} exists`);
			await logIn(t, account.email, account.password);

			const expected = expectedLinks(account);
			assert.deepEqual(await shownRoleLinks(page), expected, `role links for ${key}`);
			await userMenu(page).getByRole('link', { name: 'Mijn account', exact: true }).waitFor();
			assert.equal(await userMenu(page).getByRole('link', { name: 'Inloggen', exact: true }).count(), 0);

			// The role's own area (a member without a role has only Mijn account).
			const area = expected[0] ?? 'Mijn account';
			const link = userMenu(page).getByRole('link', { name: area, exact: true });
			const href = await link.getAttribute('href');
			assert.ok(href, `${area} has an href`);
			const path = new URL(href, t.baseURL).pathname;
			await t.follow(() => link.click(), (url) => url.pathname === path);
			t.log(`${area} → ${path}: "${await heading(page)}"`);
			const response = await page.request.get(href, { maxRedirects: 0 });
			assert.equal(response.status(), 200, `${href} answered ${response.status()} for ${key}`);

			if (account.role !== 'admin') {
				// Someone without the admin role who types the address of Beheer is refused, politely.
				await t.visit('/beheer', { status: 403 });
				await heading(page);
			}
			await logOut(t);
		}
	};
}

/** @type {import('./harness.js').Journey[]} */
export default [
	...['admin', 'editor', 'coordinator', 'researcher', 'providerManager', 'providerMember'].map(roleJourney),
	{
		name: 'een verkeerd wachtwoord geeft een Nederlandse foutmelding',
		async run(t) {
			const { page } = t;
			const account = t.accounts.admin;
			assert.ok(account);
			await t.visit('/inloggen');
			const main = page.getByRole('main');
			await main.getByLabel('E-mailadres', { exact: true }).fill(account.email);
			await main.getByLabel('Wachtwoord', { exact: true }).fill('dit-is-niet-het-wachtwoord');
			await main.getByRole('button', { name: 'Inloggen', exact: true }).click();
			await main.getByText(t.messages.auth.errors.wrongCredentials).first().waitFor();
			assert.equal(new URL(page.url()).pathname, '/inloggen');
			await t.audit('met foutmelding');
			await userMenu(page).getByRole('link', { name: 'Inloggen', exact: true }).waitFor();
			// What was typed in the e-mail field is kept; the password is not.
			assert.equal(await main.getByLabel('E-mailadres', { exact: true }).inputValue(), account.email);
		}
	},
	{
		name: 'een beschermde pagina stuurt naar inloggen en daarna terug',
		async run(t) {
			const { page } = t;
			const account = t.accounts.providerMember;
			assert.ok(account);
			await page.goto('/account');
			assert.equal(new URL(page.url()).pathname, '/inloggen', 'logged out, /account leads to the login page');
			await t.audit();
			const main = page.getByRole('main');
			await main.getByLabel('E-mailadres', { exact: true }).fill(account.email);
			await main.getByLabel('Wachtwoord', { exact: true }).fill(account.password);
			await t.follow(() => main.getByRole('button', { name: 'Inloggen', exact: true }).click(), (url) => url.pathname === '/account');
			await heading(page);
		}
	},
	{
		name: 'inloggen en uitloggen werken zonder JavaScript',
		javaScriptEnabled: false,
		async run(t) {
			const { page } = t;
			const account = t.accounts.editor;
			assert.ok(account);
			await logIn(t, account.email, account.password);
			assert.deepEqual(await shownRoleLinks(page), ['Redactie']);
			await userMenu(page).getByRole('button', { name: 'Uitloggen', exact: true }).click();
			await userMenu(page).getByRole('link', { name: 'Inloggen', exact: true }).waitFor();
			await t.audit('na uitloggen');
		}
	}
];
