/**
 * Journey (a): a visitor without an account finds their way: home page, skip link, every module
 * in the Hoofdmenu, the accessibility statement, the privacy page and a page that does not exist.
 */
import assert from 'node:assert/strict';
import { heading, mainMenu, moduleLinks, userMenu } from './steps.js';

/** @type {import('./harness.js').Journey[]} */
export default [
	{
		name: 'startpagina: titel, taal en skiplink',
		async run(t) {
			const { page } = t;
			await t.visit('/');
			assert.match(await page.title(), /Kleinschalig/);
			assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
			await heading(page);
			await userMenu(page).getByRole('link', { name: 'Inloggen', exact: true }).waitFor();

			// The skip link is the first thing Tab reaches, and Enter moves focus into <main>.
			await page.keyboard.press('Tab');
			const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
			assert.equal(first, 'Naar de inhoud', 'the first Tab stop is the skip link');
			await page.keyboard.press('Enter');
			await page.waitForFunction(() => document.activeElement?.closest('main') !== null, undefined, { timeout: 2_000 })
				.catch(() => {
					throw new Error('after Enter on "Naar de inhoud" the focus is not in <main>');
				});
		}
	},
	{
		name: 'elke module in het Hoofdmenu heeft een pagina',
		async run(t) {
			const { page } = t;
			await t.visit('/');
			for (const name of moduleLinks) {
				const link = mainMenu(page).getByRole('link', { name, exact: true });
				const href = await link.getAttribute('href');
				assert.ok(href, `Hoofdmenu link ${name} has an href`);
				await t.follow(() => link.click(), (url) => url.pathname === new URL(href, t.baseURL).pathname);
				const title = await heading(page);
				t.log(`${name} → ${href}: "${title}"`);
				// The page behind the link really exists (client-side routing would hide a 404).
				const response = await page.request.get(href);
				assert.equal(response.status(), 200, `${href} answered ${response.status()}`);
			}
		}
	},
	{
		name: 'toegankelijkheidsverklaring, privacy en een onbekende pagina',
		async run(t) {
			const { page } = t;
			await t.visit('/toegankelijkheid');
			await heading(page);
			await t.visit('/privacy');
			await heading(page);
			await t.visit('/deze-pagina-bestaat-niet', { status: 404 });
			assert.match(await heading(page), /niet gevonden/i);
			// The error page keeps the layout, so the visitor can find their way back.
			await mainMenu(page).getByRole('link', { name: 'Kennisdossier', exact: true }).waitFor();
		}
	}
];
