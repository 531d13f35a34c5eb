/**
 * Omslagplanner journeys: a policy maker of the demo municipality compares two scenarios, reads the
 * chart, saves one for the organisation and downloads the report; someone from another
 * organisation is refused the saved scenario but can open the share link; and the form works
 * without JavaScript, with Dutch messages for invalid input.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { heading, logIn, logOut } from './steps.js';

/** The input of one field in one scenario column, by its accessible name ("Instroom per jaar, Scenario A").
 * @param {import('playwright-core').Page} page @param {string} label @param {string} letter */
const field = (page, label, letter) =>
	page.getByRole('textbox', { name: `${label}, Scenario ${letter}`, exact: true });

/** The text of the comparison table's cells in the row with this header.
 * @param {import('playwright-core').Page} page @param {string} row */
async function compareRow(page, row) {
	const table = page.getByRole('table', { name: "Scenario's naast elkaar" });
	return table
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: row, exact: true }) })
		.getByRole('cell')
		.allInnerTexts();
}

/** Clicks a download link and returns the file's bytes and suggested name.
 * @param {import('playwright-core').Page} page @param {string} name */
async function download(page, name) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name, exact: true }).click()
	]);
	const path = await file.path();
	assert.ok(path, `${name}: the download was saved`);
	return { bytes: await readFile(path), name: file.suggestedFilename() };
}

/** @type {import('./harness.js').Journey[]} */
export default [
	{
		name: 'een beleidsmaker vergelijkt twee scenario’s, leest de grafiek, bewaart en downloadt het rapport',
		async run(t) {
			const { page } = t;
			const policyMaker = t.accounts.municipalityMember;
			const outsider = t.accounts.providerMember;
			assert.ok(policyMaker && outsider, 'demo accounts exist');
			await logIn(t, policyMaker.email, policyMaker.password);

			await t.visit('/omslagplanner');
			const start = page.getByRole('main').getByRole('link', { name: 'Scenario doorrekenen', exact: true });
			if ((await start.count()) > 0)
				await t.follow(
					() => start.first().click(),
					(url) => url.pathname === '/omslagplanner/scenario'
				);
			else await t.visit('/omslagplanner/scenario');
			assert.equal(await heading(page), 'Scenario doorrekenen');
			// The defaults are filled in, each input is explained.
			assert.equal(await field(page, 'Jongeren per begeleider', 'A').inputValue(), '4');
			assert.equal(await field(page, 'Uren per fte per week', 'A').inputValue(), '36');
			await page.getByText('0,05 betekent: 5 van de 100 jongeren').first().waitFor();

			await field(page, 'Naam van het scenario (mag leeg blijven)', 'A').fill('Zoals nu');
			await field(page, 'Instroom per jaar', 'A').fill('40');
			await field(page, 'Gemiddelde verblijfsduur (dagen)', 'A').fill('300');
			await t.follow(() => page.getByRole('button', { name: 'Scenario toevoegen', exact: true }).click());
			assert.equal(
				await field(page, 'Instroom per jaar', 'A').inputValue(),
				'40',
				'scenario A kept its values'
			);
			await field(page, 'Naam van het scenario (mag leeg blijven)', 'B').fill('Meer instroom');
			await field(page, 'Instroom per jaar', 'B').fill('60');
			await field(page, 'Gemiddelde verblijfsduur (dagen)', 'B').fill('250');
			await field(page, 'Jongeren per huis', 'B').fill('3');
			const main = page.getByRole('main');
			await main.getByLabel('Aantal leefgroepen nu', { exact: true }).fill('4');
			await main.getByLabel('Jongeren per leefgroep nu', { exact: true }).fill('10');
			await main.getByLabel('Begeleiders tegelijk aanwezig per groep nu', { exact: true }).fill('2');
			await t.follow(() => page.getByRole('button', { name: 'Bereken', exact: true }).click());

			await page.getByRole('heading', { name: 'Uitkomsten', level: 2 }).waitFor();
			assert.deepEqual(await compareRow(page, 'Benodigde plaatsen'), ['39', '47']);
			assert.deepEqual(await compareRow(page, 'Huizen'), ['10', '16']);
			assert.deepEqual(await compareRow(page, 'Fte in totaal'), ['58,3', '93,3']);
			const cost = await compareRow(page, 'Kosten per jaar');
			assert.match(cost[0] ?? '', /^€\s5\.575\.000$/);

			// The chart: an image with a text alternative, and the same numbers as a table.
			const chart = page
				.getByRole('img', { name: /Kans dat er geen plek vrij is, bij \d+ tot \d+ plaatsen/ })
				.first();
			await chart.waitFor();
			const description = await page.locator('figure').first().locator('figcaption').innerText();
			assert.match(description, /gekozen aantal van 39 plaatsen .* de kans 4,3%/);
			await page.getByText('De grafiek als tabel').first().click();
			const chosen = page.getByRole('row', { name: /39\s+\(gekozen\)/ }).first();
			assert.equal((await chosen.getByRole('cell').innerText()).trim(), '4,3%');
			await t.audit('uitkomsten met grafiek als tabel');

			// The transition view.
			const transition = page.getByRole('table', { name: 'Nu en in Zoals nu' });
			const homes = transition
				.getByRole('row')
				.filter({ has: page.getByRole('rowheader', { name: 'Huizen of leefgroepen' }) });
			assert.deepEqual(await homes.getByRole('cell').allInnerTexts(), ['4', '10', '+6']);

			// The report and the CSV.
			const pdf = await download(page, 'Download het rapport (PDF)');
			assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
			assert.match(pdf.name, /\.pdf$/);
			const csv = await download(page, 'Download de uitkomsten als CSV (voor Excel)');
			assert.match(csv.bytes.toString('utf8'), /Benodigde plaatsen;39;47/);
			t.log(`rapport ${pdf.bytes.length} bytes, CSV ${csv.bytes.length} bytes`);

			// Save scenario A for the municipality.
			await main
				.getByLabel('Delen met organisatie')
				.first()
				.selectOption({ label: policyMaker.organization ?? '' });
			await t.follow(
				() => page.getByRole('button', { name: 'Bewaar scenario A', exact: true }).click(),
				(url) => url.pathname.startsWith('/omslagplanner/bewaard/')
			);
			assert.equal(await heading(page), 'Zoals nu');
			await page.getByText('Het scenario is bewaard.').waitFor();
			const savedPath = new URL(page.url()).pathname;
			const shareUrl = await main.getByLabel('Link om te delen', { exact: true }).inputValue();
			assert.match(shareUrl, /\/omslagplanner\/gedeeld\/[\w-]{43}$/);

			await t.visit('/omslagplanner/bewaard');
			await page.getByRole('link', { name: 'Zoals nu', exact: true }).waitFor();
			await logOut(t);

			// Someone from another organisation may not see it, but the share link works read-only.
			await logIn(t, outsider.email, outsider.password);
			await t.visit(savedPath, { status: 403 });
			await t.visit('/omslagplanner/bewaard');
			assert.equal(await page.getByRole('link', { name: 'Zoals nu', exact: true }).count(), 0);
			await t.visit(new URL(shareUrl).pathname);
			assert.equal(await heading(page), 'Gedeeld scenario: Zoals nu');
			assert.equal(await page.getByRole('button', { name: 'Scenario verwijderen' }).count(), 0);
			await logOut(t);
		}
	},
	{
		name: 'de omslagplanner werkt zonder JavaScript en meldt fouten in het Nederlands',
		javaScriptEnabled: false,
		async run(t) {
			const { page } = t;
			await t.visit('/omslagplanner/scenario');
			await field(page, 'Instroom per jaar', 'A').fill('veertig');
			await field(page, 'Kans dat er geen plek vrij is (hoogstens)', 'A').fill('5');
			await t.follow(() => page.getByRole('button', { name: 'Bereken', exact: true }).click());
			const alert = page.getByRole('alert');
			await alert.getByText(t.messages.planner.input.arrivalsPerYear, { exact: false }).first().waitFor();
			await alert.getByText(t.messages.planner.input.averageStayDays, { exact: false }).first().waitFor();
			await alert
				.getByText(t.messages.planner.input.maxNoPlaceProbability, { exact: false })
				.first()
				.waitFor();
			const arrivals = field(page, 'Instroom per jaar', 'A');
			assert.equal(await arrivals.getAttribute('aria-invalid'), 'true');
			assert.equal(await arrivals.inputValue(), 'veertig', 'what was typed stays');

			await arrivals.fill('12');
			await field(page, 'Gemiddelde verblijfsduur (dagen)', 'A').fill('365');
			await field(page, 'Kans dat er geen plek vrij is (hoogstens)', 'A').fill('0,1');
			await t.follow(() => page.getByRole('button', { name: 'Bereken', exact: true }).click());
			assert.deepEqual(await compareRow(page, 'Benodigde plaatsen'), ['15']);
			await page
				.getByRole('img', { name: /Kans dat er geen plek vrij is/ })
				.first()
				.waitFor();
		}
	}
];
