/**
 * Journeys (monitor): a researcher opens the national dashboard, drills into a jeugdregio through
 * the map and through the table, and downloads the open data, whose national totals match the
 * dashboard; small regions show suppressed figures. A provider manager files the missing quarterly
 * report of a home (a Dutch message for an invalid figure first) and sees it reflected in the
 * overview and its history. axe checks every page.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { heading, logIn } from './steps.js';

/** @param {import('playwright-core').Page} page */
const main = (page) => page.getByRole('main');

/** A Dutch whole number as shown ("12.345") as a number. @param {string} text */
const parseWhole = (text) => Number(text.trim().replace(/\./g, ''));

/** The shown value of a key figure on a dashboard.
 * @param {import('playwright-core').Page} page @param {string} label */
async function keyFigure(page, label) {
	const row = main(page)
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
		.first();
	return (await row.getByRole('cell').first().innerText()).trim();
}

/** Clicks a download link and returns the file's text.
 * @param {import('playwright-core').Page} page @param {string} name */
async function download(page, name) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		main(page).getByRole('link', { name, exact: true }).click()
	]);
	const path = await file.path();
	assert.ok(path, `${name}: the download was saved`);
	return readFile(path, 'utf8');
}

/** Logs in as the demo account `key` and returns its page.
 * @param {import('./harness.js').JourneyContext} t @param {'researcher' | 'providerManager'} key */
async function logInAs(t, key) {
	const account = t.accounts[key];
	assert.ok(account, `demo account ${key} exists`);
	await logIn(t, account.email, account.password);
	return t.page;
}

/** The chosen quarter and two national key figures of the dashboard that is open.
 * @param {import('./harness.js').JourneyContext} t */
async function nationalFigures(t) {
	const page = t.page;
	const f = t.messages.monitor.figures;
	assert.equal(await heading(page), t.messages.monitor.dashboard.title);
	const quarterLabel = await main(page)
		.getByLabel('Kwartaal', { exact: true })
		.locator('option:checked')
		.innerText();
	const youthDays = parseWhole(await keyFigure(page, f.youthDays));
	const homes = parseWhole(await keyFigure(page, f.homes));
	return { quarterLabel, youthDays, homes };
}

/** @type {import('./harness.js').Journey[]} */
export default [
	{
		name: 'een onderzoeker bekijkt de monitor en zoomt in op een jeugdregio via de kaart en de tabel',
		async run(t) {
			const page = await logInAs(t, 'researcher');
			const f = t.messages.monitor.figures;

			await t.visit('/monitor');
			await t.follow(() =>
				main(page).getByRole('link', { name: t.messages.monitor.landing.figures, exact: true }).click()
			);
			const { quarterLabel, youthDays, homes } = await nationalFigures(t);
			assert.ok(youthDays > 1000, `national youth-days are shown (${youthDays})`);
			assert.ok(homes > 50, `national number of homes is shown (${homes})`);
			t.log(`${quarterLabel}: ${homes} homes, ${youthDays} youth-days`);

			// A region with one demo home: its reported figures are suppressed, in the table too.
			const zeeland = main(page)
				.getByRole('row')
				.filter({ has: page.getByRole('link', { name: 'Zeeland', exact: true }) });
			assert.match(await zeeland.innerText(), /afgeschermd|<5/, 'small regions are suppressed');

			// 1. Drill down through the map (an SVG link named after the region and its value).
			await t.follow(() =>
				main(page)
					.getByRole('link', { name: /^Amsterdam-Amstelland: / })
					.click()
			);
			assert.equal(await heading(page), 'Monitor Amsterdam-Amstelland');
			const regionHomes = parseWhole(await keyFigure(page, f.reportingHomes));
			assert.ok(regionHomes >= 5, 'a region with enough homes shows its figures');

			// 2. Back to the country through the breadcrumb, then drill down through the table.
			await t.follow(() =>
				page
					.getByRole('navigation', { name: 'Kruimelpad' })
					.getByRole('link', { name: 'Nederland', exact: true })
					.click()
			);
			await t.follow(() =>
				main(page).getByRole('rowheader').getByRole('link', { name: 'Rijnmond', exact: true }).click()
			);
			assert.equal(await heading(page), 'Monitor Rijnmond');
		}
	},
	{
		name: 'een onderzoeker downloadt de open data en vindt dezelfde totalen als op het dashboard',
		async run(t) {
			const page = await logInAs(t, 'researcher');

			await t.visit('/monitor/cijfers');
			const { quarterLabel, youthDays, homes } = await nationalFigures(t);

			// The open data: the national row of the same quarter has the same totals.
			const csv = await download(page, t.messages.monitor.dashboard.downloadCsv);
			const [header, ...lines] = csv
				.replace(/^\uFEFF/, '')
				.trim()
				.split('\n');
			const columns = (header ?? '').split(',');
			const quarterKey = quarterLabel.replace(/^(\d{4}) K(\d)$/, '$1Q$2');
			const nation = lines
				.map((line) => line.split(','))
				.find((cells) => cells[0] === 'nation' && cells[3] === quarterKey);
			assert.ok(nation, `the open data has a national row for ${quarterKey}`);
			assert.equal(Number(nation[columns.indexOf('youthDays')]), youthDays, 'youth-days match the dashboard');
			assert.equal(Number(nation[columns.indexOf('homes')]), homes, 'homes match the dashboard');
			for (const line of lines) {
				for (const cell of line.split(',').slice(4, -1)) {
					if (/^\d+$/.test(cell))
						assert.ok(Number(cell) === 0 || Number(cell) >= 5, `no published count from 1 to 4 (${line})`);
				}
			}
			await t.visit('/monitor/definities');
			assert.equal(await heading(page), t.messages.monitor.definitionsPage.title);
		}
	},
	{
		name: 'een teamleider vult de ontbrekende kwartaalcijfers van een woning in en ziet ze terug',
		async run(t) {
			const page = await logInAs(t, 'providerManager');
			const labels = t.messages.monitor.fields;

			await t.visit('/monitor/kwartaalcijfers');
			await t.follow(() =>
				main(page).getByRole('link', { name: 'Demo: Jeugdhulp De Linde', exact: true }).click()
			);
			const fileLink = main(page)
				.getByRole('link', { name: /^Invullen: Demo: Huis De Eik, / })
				.first();
			const linkName = (await fileLink.getAttribute('aria-label')) ?? '';
			const quarterLabel = linkName.replace(/^.*, /, '');
			await t.follow(() => fileLink.click());
			assert.match(await heading(page), /Demo: Huis De Eik/);

			// An invalid share gets its Dutch message; nothing is stored.
			const values = {
				youthDays: '400',
				intake: '1',
				dischargePlanned: '1',
				dischargeUnplanned: '0',
				waitingList: '3',
				averageStayDays: '310,5',
				educationPercent: '120',
				carersLeft: '1',
				carersJoined: '2',
				openVacancies: '0',
				restraintIncidents: '1'
			};
			for (const [field, value] of Object.entries(values)) {
				const label = /** @type {Record<string, string>} */ (labels)[field] ?? field;
				await page.getByLabel(label, { exact: true }).fill(value);
			}
			await main(page).getByRole('button', { name: t.messages.monitor.form.submit, exact: true }).click();
			const alert = main(page)
				.getByRole('alert')
				.filter({ hasText: t.messages.monitor.report.educationPercent })
				.first();
			await alert.waitFor();
			await t.audit('kwartaalcijfers met fout');
			assert.equal(
				await page.getByLabel(labels.youthDays, { exact: true }).inputValue(),
				'400',
				'entered values are kept'
			);

			await page.getByLabel(labels.educationPercent, { exact: true }).fill('85');
			await t.follow(
				() => main(page).getByRole('button', { name: t.messages.monitor.form.submit, exact: true }).click(),
				(url) => url.searchParams.has('opgeslagen')
			);
			await main(page).getByRole('status').filter({ hasText: 'zijn opgeslagen' }).waitFor();
			const row = main(page)
				.getByRole('row')
				.filter({ has: page.getByRole('rowheader', { name: 'Demo: Huis De Eik', exact: true }) });
			assert.match(
				await row.getByRole('cell').first().innerText(),
				/^400 /,
				`the ${quarterLabel} report shows in the overview`
			);

			// The correction page shows the history with who filed it.
			await t.follow(() =>
				main(page)
					.getByRole('link', { name: `Corrigeren: Demo: Huis De Eik, ${quarterLabel}`, exact: true })
					.click()
			);
			assert.equal(await page.getByLabel(labels.averageStayDays, { exact: true }).inputValue(), '310,5');
			const history = main(page).getByRole('table', { name: t.messages.monitor.form.history });
			assert.match(await history.innerText(), /Demo Teamleider/);
		}
	}
];
