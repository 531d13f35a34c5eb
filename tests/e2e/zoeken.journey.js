/**
 * Journeys (kennisdossier search): a reader searches the starter dossier without JavaScript
 * (GET form, compound and typo queries, highlighted snippets, facet filters with counts,
 * pagination, "bedoelde u" for a query that finds nothing, a Dutch message for a bad filter),
 * and with JavaScript uses the suggestions while typing by keyboard (combobox: arrow keys,
 * Escape, Enter opens the article). axe checks every page and the open suggestion list.
 */
import assert from 'node:assert/strict';
import { heading } from './steps.js';

/** @param {import('playwright-core').Page} page */
const main = (page) => page.getByRole('main');

/** The result titles on the page, in order.
 * @param {import('playwright-core').Page} page */
async function resultTitles(page) {
	return main(page)
		.getByRole('region', { name: /gevonden|Geen artikelen/ })
		.getByRole('heading', { level: 3 })
		.allInnerTexts();
}

/** @type {import('./harness.js').Journey[]} */
export default [
	{
		name: 'kennisdossier zoeken zonder JavaScript: samenstellingen, typefouten, filters, pagina’s en bedoelde u',
		javaScriptEnabled: false,
		async run(t) {
			const { page } = t;
			const s = t.messages.kennis.search;
			await t.visit('/kennisdossier/zoeken');
			assert.equal(await heading(page), s.title);
			await main(page).getByText(s.startHint).waitFor();

			// 1. A compound: "instelling" also finds articles about a "jeugdhulpinstelling".
			await page.getByLabel(s.label, { exact: true }).fill('instelling');
			await t.follow(() => main(page).getByRole('button', { name: s.button, exact: true }).click());
			assert.equal(new URL(page.url()).searchParams.get('q'), 'instelling');
			const marks = await main(page).locator('mark').allInnerTexts();
			assert.ok(marks.length > 0, 'matched words are highlighted');
			assert.ok(
				marks.some((word) => /instelling/i.test(word) && word.toLowerCase() !== 'instelling'),
				`a longer word containing "instelling" is highlighted too: ${marks.join(', ')}`
			);

			// 2. A typing error still finds gezinshuizen; results come in pages of ten.
			await page.getByLabel(s.label, { exact: true }).fill('gezinshius');
			await t.follow(() => main(page).getByRole('button', { name: s.button, exact: true }).click());
			const titles = await resultTitles(page);
			assert.ok(titles.length > 0 && titles.length <= 10, `one page of results: ${titles.length}`);
			const count = await main(page)
				.getByRole('heading', { level: 2, name: /gevonden/ })
				.innerText();
			const total = Number(count.match(/^(\d+)/)?.[1] ?? '1');
			if (total > 10) {
				const pagination = main(page).getByRole('navigation', { name: t.messages.platform.pagination.label });
				await t.follow(() => pagination.getByRole('link', { name: t.messages.platform.pagination.next, exact: true }).click());
				assert.equal(new URL(page.url()).searchParams.get('pagina'), '2');
				assert.notDeepEqual(await resultTitles(page), titles, 'page 2 shows other articles');
			}

			// 3. A facet filter with its count narrows the results to that count.
			const facets = main(page).getByRole('navigation', { name: s.filtersHeading });
			const facetLink = facets
				.getByRole('link')
				.filter({ hasText: /\(\d+\)$/ })
				.first();
			const facetText = await facetLink.innerText();
			const expected = Number(facetText.match(/\((\d+)\)$/)?.[1]);
			await t.follow(() => facetLink.click());
			const filtered = await main(page)
				.getByRole('heading', { level: 2, name: /gevonden/ })
				.innerText();
			assert.equal(Number(filtered.match(/^(\d+)/)?.[1] ?? '1'), expected, `${facetText} → ${filtered}`);
			assert.equal(await facets.locator('[aria-current="true"]').count(), 1, 'the chosen filter is marked');
			await t.follow(() => facets.getByRole('link', { name: s.allValues, exact: true }).first().click());

			// 4. Nothing found: "bedoelde u" offers a corrected query that does find something.
			await t.visit('/kennisdossier/zoeken?q=lefkliemaatt');
			await main(page).getByText(s.noResultsHint).waitFor();
			const suggestion = main(page).getByText(s.didYouMean).getByRole('link');
			assert.equal(await suggestion.innerText(), 'leefklimaat');
			await t.follow(() => suggestion.click());
			assert.ok((await resultTitles(page)).length > 0);

			// 5. A bad filter gets a Dutch message naming the field, and no crash.
			await t.visit('/kennisdossier/zoeken?q=jeugdhulp&kennis=onzin');
			await main(page).getByRole('alert').getByText(s.invalid.knowledge, { exact: false }).waitFor();
		}
	},
	{
		name: 'kennisdossier zoeken met suggesties tijdens het typen, met het toetsenbord',
		async run(t) {
			const { page } = t;
			const s = t.messages.kennis.search;
			await t.visit('/kennisdossier/zoeken');
			const box = page.getByRole('combobox', { name: s.label });
			await box.click();
			await box.pressSequentially('gezinsh', { delay: 30 });
			const list = page.getByRole('listbox', { name: s.suggestionsLabel });
			await list.waitFor();
			assert.equal(await box.getAttribute('aria-expanded'), 'true');
			const options = list.getByRole('option');
			assert.ok((await options.count()) > 0, 'suggestions are shown');
			await page
				.getByRole('status')
				.filter({ hasText: /suggesties beschikbaar/ })
				.waitFor({ state: 'attached' });
			await t.audit('suggestion list open');

			await box.press('ArrowDown');
			const first = options.first();
			assert.equal(await first.getAttribute('aria-selected'), 'true');
			assert.equal(await box.getAttribute('aria-activedescendant'), await first.getAttribute('id'));
			await box.press('Escape');
			assert.equal(await box.getAttribute('aria-expanded'), 'false');

			await box.press('ArrowDown');
			const title = (await options.first().locator('span').first().innerText()).trim();
			await t.follow(
				() => box.press('Enter'),
				(url) => url.pathname.startsWith('/kennisdossier/artikel/')
			);
			assert.equal(await heading(page), title);
		}
	}
];
