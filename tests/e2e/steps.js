/**
 * Steps that several journeys share: the two header menus, logging in and logging out. Selectors
 * use roles and the agreed Dutch labels, as a screen reader user would find them.
 */
import assert from 'node:assert/strict';

/** The links of the Gebruikersmenu that belong to one role each (agreed texts). */
export const roleLinks = ['Beheer', 'Redactie', 'Netwerkbeheer', 'Onderzoeksdata', 'Mijn organisatie'];

/** The six module links of the Hoofdmenu, in order. */
export const moduleLinks = ['Kennisdossier', 'Leernetwerk', 'Register', 'Monitor', 'Matching', 'Omslagplanner'];

/** @param {import('playwright-core').Page} page */
export const mainMenu = (page) => page.getByRole('navigation', { name: 'Hoofdmenu', exact: true });

/** @param {import('playwright-core').Page} page */
export const userMenu = (page) => page.getByRole('navigation', { name: 'Gebruikersmenu', exact: true });

/** The visible names of the role links in the Gebruikersmenu right now. @param {import('playwright-core').Page} page */
export async function shownRoleLinks(page) {
	const names = await userMenu(page).getByRole('link').allInnerTexts();
	return roleLinks.filter((name) => names.some((shown) => shown.trim() === name));
}

/** Logs in through /inloggen and waits until the page shows the user is logged in.
 * @param {import('./harness.js').JourneyContext} t @param {string} email @param {string} password */
export async function logIn(t, email, password) {
	const { page } = t;
	await t.visit('/inloggen');
	const form = page.getByRole('main');
	await form.getByLabel('E-mailadres', { exact: true }).fill(email);
	await form.getByLabel('Wachtwoord', { exact: true }).fill(password);
	await t.follow(() => form.getByRole('button', { name: 'Inloggen', exact: true }).click(), (url) => url.pathname !== '/inloggen');
	await userMenu(page).getByRole('button', { name: 'Uitloggen', exact: true }).waitFor();
}

/** Logs out with the button in the Gebruikersmenu and checks "Inloggen" is offered again.
 * @param {import('./harness.js').JourneyContext} t */
export async function logOut(t) {
	const { page } = t;
	await userMenu(page).getByRole('button', { name: 'Uitloggen', exact: true }).click();
	await userMenu(page).getByRole('link', { name: 'Inloggen', exact: true }).waitFor();
	await t.audit('na uitloggen');
	assert.equal(await userMenu(page).getByRole('link', { name: 'Mijn account', exact: true }).count(), 0);
	assert.deepEqual(await shownRoleLinks(page), [], 'no role links after logging out');
}

/** Waits for the page's one h1 and returns its text. @param {import('playwright-core').Page} page */
export async function heading(page) {
	const h1 = page.getByRole('heading', { level: 1 });
	await h1.first().waitFor();
	assert.equal(await h1.count(), 1, `expected exactly one h1 on ${page.url()}`);
	const text = (await h1.innerText()).trim();
	assert.ok(text.length > 0, `empty h1 on ${page.url()}`);
	return text;
}
