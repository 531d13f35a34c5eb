/**
 * Journeys (register): a provider manager registers a home whose roster leaves a night uncovered,
 * sees exactly which hours fall short, fixes the roster and the home meets the definition; invalid
 * input gets a Dutch message per field and changes nothing. A user of another organisation and a
 * plain member cannot open the edit pages (403) and see only what they may. A roster is edited
 * without JavaScript (plain form rows, "Meer rijen", removing a row). axe checks every page.
 */
import assert from 'node:assert/strict';
import { heading, logIn, logOut } from './steps.js';

/** @param {import('playwright-core').Page} page */
const main = (page) => page.getByRole('main');

/** The lines of the list "Momenten met te weinig begeleiders" (empty when there is no list).
 * @param {import('playwright-core').Page} page */
async function gapLines(page) {
	const list = main(page).getByRole('list', { name: 'Momenten met te weinig begeleiders' });
	if ((await list.count()) === 0) return [];
	return (await list.getByRole('listitem').allInnerTexts()).map((line) => line.trim());
}

/** Fills roster row `index` (0-based) of the shifts table.
 * @param {import('playwright-core').Page} page @param {number} index
 * @param {{ weekday: string, start: string, end: string, carers: string }} shift */
async function fillShift(page, index, shift) {
	const number = index + 1;
	await page.getByLabel(`Dienst ${number}: Dag`, { exact: true }).selectOption({ label: shift.weekday });
	await page.getByLabel(`Dienst ${number}: Begin (UU:MM)`, { exact: true }).fill(shift.start);
	await page.getByLabel(`Dienst ${number}: Eind (UU:MM)`, { exact: true }).fill(shift.end);
	await page.getByLabel(`Dienst ${number}: Begeleiders`, { exact: true }).fill(shift.carers);
}

/** Chooses an option of a radio group (fieldset) by its legend and label.
 * @param {import('playwright-core').Page} page @param {string} legend @param {string} option */
async function choose(page, legend, option) {
	await main(page).getByRole('group', { name: legend, exact: true }).getByLabel(option, { exact: true }).check();
}

/** The error summary at the top of a form (role alert) as text, once it names `waitFor`.
 * @param {import('playwright-core').Page} page @param {string} waitFor */
async function errorSummary(page, waitFor) {
	const alert = main(page).getByRole('alert').filter({ hasText: waitFor }).first();
	await alert.waitFor();
	return alert.innerText();
}

/** @type {import('./harness.js').Journey[]} */
export default [
	{
		name: 'teamleider registreert een woning met een nachtgat en repareert het rooster',
		async run(t) {
			const { page } = t;
			const manager = t.accounts.providerManager;
			assert.ok(manager, 'demo account providerManager exists');
			const name = `Huis De Wilg ${Date.now()}`;
			const invalidName = `Huis Ongeldig ${Date.now()}`;

			await logIn(t, manager.email, manager.password);
			await t.visit('/register/beheer');
			await heading(page);
			await t.follow(() => main(page).getByRole('link', { name: 'Nieuwe woning toevoegen' }).first().click());
			assert.equal(await heading(page), 'Nieuwe woning');

			// 1. Invalid input: a Dutch message per field, the values kept, nothing stored.
			await page.getByLabel('Naam', { exact: true }).fill(invalidName);
			await page.getByLabel('Postcode', { exact: true }).fill('abc');
			await page.getByLabel('Plaatsen', { exact: true }).fill('nul');
			await page.getByLabel('Minimumleeftijd', { exact: true }).fill('18');
			await page.getByLabel('Maximumleeftijd', { exact: true }).fill('12');
			await page.getByLabel('E-mail contactpersoon', { exact: true }).fill('geen-adres');
			await fillShift(page, 0, { weekday: 'maandag', start: '25:00', end: '15:00', carers: '-1' });
			await main(page).getByRole('button', { name: 'Woning toevoegen', exact: true }).click();
			const summary = await errorSummary(page, t.messages.registerUi.form.invalid);
			const input = t.messages.register.input;
			const home = t.messages.register.home;
			for (const expected of [
				home.municipalityCode,
				home.postalCode,
				home.places,
				home.contactEmail,
				input.start,
				input.carers
			]) {
				assert.ok(summary.includes(expected), `the error summary names "${expected}"; it says:\n${summary}`);
			}
			assert.equal(await page.getByLabel('Postcode', { exact: true }).inputValue(), 'abc', 'entered values are kept');
			assert.equal(await page.getByLabel('Dienst 1: Begin (UU:MM)', { exact: true }).inputValue(), '25:00');
			assert.equal(
				await page.getByLabel('Dienst 1: Begin (UU:MM)', { exact: true }).getAttribute('aria-invalid'),
				'true',
				'the invalid start time is marked invalid'
			);
			await t.audit('nieuwe woning met fouten');

			// 2. Valid input with Monday's shifts and a Sunday day shift only.
			await page.getByLabel('Naam', { exact: true }).fill(name);
			await page.getByLabel('Postcode', { exact: true }).fill('3511 AB');
			await page.getByLabel('Plaats', { exact: true }).fill('Utrecht');
			await page.getByLabel('Gemeente', { exact: true }).selectOption('GM0344');
			await main(page).getByText(/^Jeugdregio .+, provincie Utrecht\.$/).waitFor();
			await page.getByLabel('Plaatsen', { exact: true }).fill('4');
			await page.getByLabel('Doelgroep', { exact: true }).selectOption('complex-needs');
			await page.getByLabel('E-mail contactpersoon', { exact: true }).fill('wilg@example.org');
			await choose(page, 'Ligging', 'Woonwijk');
			await choose(page, 'Regime', 'Open');
			await choose(page, '24/7', 'Ja');
			await choose(page, 'Huiselijk', 'Ja');
			await choose(page, 'Inwonende begeleiders', 'Nee');
			await choose(page, 'Vast team', 'Ja');
			await choose(page, 'Individuele zorg', 'Ja');
			await choose(page, 'Perspectief op wonen', 'Ja');
			await choose(page, 'Perspectief op zorg', 'Ja');
			await choose(page, 'Perspectief op onderwijs of werk', 'Ja');
			await fillShift(page, 0, { weekday: 'maandag', start: '07:00', end: '23:00', carers: '1' });
			await fillShift(page, 1, { weekday: 'maandag', start: '23:00', end: '07:00', carers: '1' });
			await fillShift(page, 2, { weekday: 'zondag', start: '07:00', end: '23:00', carers: '1' });
			// The age order is judged once the rest is valid: still nothing stored, the rows kept.
			await main(page).getByRole('button', { name: 'Woning toevoegen', exact: true }).click();
			assert.ok((await errorSummary(page, input.ageOrder)).includes(input.ageOrder), 'the age order gets its Dutch message');
			assert.equal(await page.getByLabel('Dienst 3: Dag', { exact: true }).inputValue(), '7');
			await page.getByLabel('Minimumleeftijd', { exact: true }).fill('12');
			await page.getByLabel('Maximumleeftijd', { exact: true }).fill('18');
			await t.follow(
				() => main(page).getByRole('button', { name: 'Woning toevoegen', exact: true }).click(),
				(url) => /^\/register\/[^/]+$/.test(url.pathname) && url.pathname !== '/register/beheer'
			);
			assert.equal(await heading(page), name);
			const homePath = new URL(page.url()).pathname;
			t.log(`created ${homePath}`);
			assert.match(await main(page).getByText(/^Uitkomst van de definitietoets:/).first().innerText(), /Voldoet niet$/);

			// 3. Copy Monday to Tuesday–Saturday: only the Sunday night is left uncovered.
			await t.follow(() => main(page).getByRole('link', { name: 'Rooster bewerken', exact: true }).click());
			await choose(page, 'Kopieer de diensten van', 'maandag');
			const to = main(page).getByRole('group', { name: 'Naar deze dagen', exact: true });
			for (const day of ['dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']) await to.getByLabel(day, { exact: true }).check();
			await main(page).getByRole('button', { name: 'Dag kopiëren', exact: true }).click();
			await main(page).getByText('De diensten van maandag zijn gekopieerd naar dinsdag, woensdag, donderdag, vrijdag, zaterdag.').waitFor();
			await t.audit('na dag kopiëren');
			assert.deepEqual(await gapLines(page), [
				'maandag 00:00–07:00: 0 van 1 begeleiders',
				'zondag 23:00–24:00: 0 van 1 begeleiders'
			]);
			// The grid marks the same hours with text, not colour alone.
			const grid = main(page).getByRole('table', { name: 'Begeleiders per uur van de week' });
			const row23 = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '23:00', exact: true }) });
			assert.match(await row23.getByRole('cell').nth(6).innerText(), /^0 van 1\s*tekort$/);
			assert.match(await row23.getByRole('cell').nth(5).innerText(), /^1 van 1$/);
			const shortCells = await grid.getByRole('cell').filter({ hasText: 'tekort' }).count();
			assert.equal(shortCells, 8, 'eight short hours: Sunday 23:00 and Monday 00:00–07:00');

			// 4. Invalid roster input changes nothing.
			const rows = await main(page).getByRole('table', { name: 'Diensten van het weekrooster' }).getByRole('row').count();
			const firstEmpty = rows - 1 - 4; // header row, then 4 empty rows after the stored shifts
			await fillShift(page, firstEmpty, { weekday: 'zondag', start: '23:00', end: '31:00', carers: '1' });
			await main(page).getByRole('button', { name: 'Rooster opslaan', exact: true }).click();
			assert.ok((await errorSummary(page, input.end)).includes(input.end), 'the end time gets its Dutch message');
			assert.equal(await page.getByLabel(`Dienst ${firstEmpty + 1}: Eind (UU:MM)`, { exact: true }).inputValue(), '31:00');
			await t.audit('rooster met fout');
			await t.visit(homePath);
			assert.equal((await gapLines(page)).length, 2, 'the invalid roster was not stored');

			// 5. Fix the night and the home meets the definition.
			await t.follow(() => main(page).getByRole('link', { name: 'Rooster bewerken', exact: true }).click());
			await fillShift(page, firstEmpty, { weekday: 'zondag', start: '23:00', end: '07:00', carers: '1' });
			await main(page).getByRole('button', { name: 'Rooster opslaan', exact: true }).click();
			await main(page).getByText(t.messages.registerUi.roster.saved).waitFor();
			await main(page).getByText(/Op elk moment van de week zijn er genoeg begeleiders/).waitFor();
			await t.audit('rooster opgeslagen');
			assert.deepEqual(await gapLines(page), []);

			await t.visit(homePath);
			await main(page).getByText(t.messages.register.criteria['staff-ratio'].meets.slice(0, 30)).first().waitFor();
			const verdict = await main(page).getByText(/^Uitkomst van de definitietoets:/).first().innerText();
			assert.match(verdict, /Voldoet$/, `the verdict is "voldoet": ${verdict}`);
			assert.ok(await main(page).getByText('wilg@example.org').isVisible(), 'members see the private contact');

			// 6. The history keeps every version with its verdict.
			await t.follow(() => main(page).getByRole('link', { name: 'Geschiedenis', exact: true }).click());
			const versions = main(page).getByRole('heading', { level: 2, name: /^Versie \d+$/ });
			assert.ok((await versions.count()) >= 3, 'created, copied, fixed: at least three versions');
			await main(page).getByText(/Aangemaakt op .* door Demo Teamleider/).waitFor();

			// 7. Nothing of the invalid attempt was stored.
			await t.visit('/register/beheer');
			assert.equal(await main(page).getByText(invalidName).count(), 0, 'the invalid home was not stored');
			await main(page).getByRole('link', { name, exact: true }).waitFor();

			// 8. The public register lists it under its province.
			await logOut(t);
			await t.visit('/register/woningen');
			await main(page).getByLabel('Provincie', { exact: true }).selectOption({ label: 'Utrecht' });
			await main(page).getByLabel('Uitkomst van de toets', { exact: true }).selectOption('meets');
			await t.follow(() => main(page).getByRole('button', { name: 'Filter toepassen', exact: true }).click());
			await main(page).getByRole('link', { name, exact: true }).waitFor();
			await t.visit('/register/woningen?uitkomst=onzin');
			await main(page).getByRole('alert').waitFor();
		}
	},
	{
		name: 'een andere organisatie en een gewone medewerker kunnen een woning niet bewerken',
		async run(t) {
			const { page } = t;
			const { providerManager: manager, providerMember: member, municipalityMember: outsider } = t.accounts;
			assert.ok(manager && member && outsider, 'demo accounts providerManager, providerMember and municipalityMember exist');

			// A home of the manager's organisation (from the demo data).
			await logIn(t, manager.email, manager.password);
			await t.visit('/register/beheer');
			const link = main(page).getByRole('table').first().getByRole('link').first();
			const name = (await link.innerText()).trim();
			const homePath = new URL(/** @type {string} */ (await link.getAttribute('href')), t.baseURL).pathname;
			await logOut(t);

			for (const account of [outsider, member]) {
				await logIn(t, account.email, account.password);
				await t.visit(`${homePath}/bewerken`, { status: 403 });
				await t.visit(`${homePath}/rooster`, { status: 403 });
				await t.visit(homePath);
				assert.equal(await heading(page), name);
				assert.equal(await main(page).getByRole('link', { name: 'Gegevens bewerken' }).count(), 0);
				assert.equal(await main(page).getByRole('link', { name: 'Rooster bewerken' }).count(), 0);
				await logOut(t);
			}
			// The outsider sees only the public details; the history is not theirs to read.
			await logIn(t, outsider.email, outsider.password);
			await t.visit(`${homePath}/geschiedenis`, { status: 403 });
			await t.visit(homePath);
			assert.equal(await main(page).getByRole('heading', { name: 'Gegevens voor uw organisatie' }).count(), 0);
			await logOut(t);

			// Anonymous visitors: the public page, and the login page for the edit pages.
			await t.visit(homePath);
			assert.equal(await main(page).getByRole('heading', { name: 'Gegevens voor uw organisatie' }).count(), 0);
			await t.follow(() => page.goto(new URL(`${homePath}/bewerken`, t.baseURL).href), (url) => url.pathname === '/inloggen');
		}
	},
	{
		name: 'rooster bewerken zonder JavaScript: meer rijen en een dienst verwijderen',
		javaScriptEnabled: false,
		async run(t) {
			const { page } = t;
			const manager = t.accounts.providerManager;
			assert.ok(manager);
			const name = `Huis Zonder Script ${Date.now()}`;
			await logIn(t, manager.email, manager.password);
			await t.visit('/register/beheer/nieuw');
			await page.getByLabel('Naam', { exact: true }).fill(name);
			await page.getByLabel('Gemeente', { exact: true }).selectOption('GM0363');
			await page.getByLabel('Plaatsen', { exact: true }).fill('6');
			await fillShift(page, 0, { weekday: 'dinsdag', start: '00:00', end: '00:00', carers: '2' });
			await fillShift(page, 1, { weekday: 'dinsdag', start: '08:00', end: '09:00', carers: '1' });
			await t.follow(() => main(page).getByRole('button', { name: 'Woning toevoegen', exact: true }).click());
			assert.equal(await heading(page), name);
			const homePath = new URL(page.url()).pathname;

			await t.follow(() => main(page).getByRole('link', { name: 'Rooster bewerken', exact: true }).click());
			await fillShift(page, 2, { weekday: 'woensdag', start: '00:00', end: '00:00', carers: '2' });
			await t.follow(() => main(page).getByRole('button', { name: 'Meer rijen', exact: true }).click());
			// The rows as entered come back, plus more empty ones; nothing is stored yet.
			assert.equal(await page.getByLabel('Dienst 3: Begin (UU:MM)', { exact: true }).inputValue(), '00:00');
			assert.equal(await page.getByLabel('Dienst 11: Begin (UU:MM)', { exact: true }).count(), 1, 'eight empty rows added');
			await page.getByLabel('Dienst 2: Verwijderen', { exact: true }).check();
			await t.follow(() => main(page).getByRole('button', { name: 'Rooster opslaan', exact: true }).click());
			await main(page).getByText(t.messages.registerUi.roster.saved).waitFor();
			assert.equal(await page.getByLabel('Dienst 2: Begin (UU:MM)', { exact: true }).inputValue(), '00:00', 'the 08:00 shift is gone');
			assert.equal(await page.getByLabel('Dienst 2: Dag', { exact: true }).inputValue(), '3');
			const lines = await gapLines(page);
			assert.equal(lines[0], 'maandag 00:00–24:00: 0 van 2 begeleiders');
			assert.ok(!lines.some((l) => l.startsWith('dinsdag') || l.startsWith('woensdag')), lines.join('\n'));
			await t.visit(homePath);
		}
	}
];
