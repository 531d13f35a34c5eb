/**
 * Journeys (kennisdossier): an editor drafts an article (with a server-side Markdown preview and
 * Dutch field errors), a second editor approves it (the author cannot: four-eyes), it appears on
 * its theme page, in the Atom feed and in search; a revision is compared and restored. Readers'
 * pages (home, theme with audience filter, article, young people and parents) and a refused
 * non-editor. axe checks every page.
 */
import assert from 'node:assert/strict';
import { heading, logIn, logOut } from './steps.js';

/** @param {import('playwright-core').Page} page */
const main = (page) => page.getByRole('main');

/** @type {import('./harness.js').Journey[]} */
export default [
	{
		name: 'kennisdossier: redacteur schrijft, tweede redacteur keurt goed, versie vergelijken en terugzetten',
		async run(t) {
			const { page } = t;
			const writer = t.accounts.editor;
			const reviewer = t.accounts.secondEditor;
			assert.ok(writer && reviewer, 'two demo editors exist');
			const stamp = Date.now();
			const title = `Slapen in een klein huis ${stamp}`;
			const slug = `slapen-in-een-klein-huis-${stamp}`;
			const editPath = `/kennisdossier/redactie/artikel/${slug}`;
			const word = `nachtrust${stamp}`;

			// 1. The writer drafts: first with errors, then a preview, then saved as a draft.
			await logIn(t, writer.email, writer.password);
			await t.visit('/kennisdossier/redactie');
			assert.equal(await heading(page), 'Redactie');
			await t.follow(() =>
				main(page)
					.getByRole('link', { name: /^Te herzien/ })
					.click()
			);
			assert.equal(await heading(page), 'Te herzien');
			await t.visit('/kennisdossier/redactie');
			await t.follow(() => main(page).getByRole('link', { name: 'Nieuw artikel', exact: true }).click());
			await page.getByLabel('Titel', { exact: true }).fill('x');
			await t.follow(() => main(page).getByRole('button', { name: 'Opslaan', exact: true }).click());
			const summary = await main(page).getByRole('alert').first().innerText();
			for (const field of ['Titel', 'Samenvatting', 'Thema']) {
				assert.ok(summary.includes(field), `the error summary names ${field}; it says:\n${summary}`);
			}
			await page.getByLabel('Titel', { exact: true }).fill(title);
			await page
				.getByLabel('Samenvatting', { exact: true })
				.fill(`Hoe jongeren in een kleine groep goed slapen (${word}).`);
			await page.getByLabel('Thema', { exact: true }).selectOption('opgroeien-en-wonen');
			await main(page)
				.getByRole('group', { name: 'Soort kennis' })
				.getByLabel('Praktijkkennis', { exact: true })
				.check();
			await main(page)
				.getByRole('group', { name: 'Voor wie' })
				.getByLabel('Professionals', { exact: true })
				.check();
			await page
				.getByLabel('Tekst (Markdown)', { exact: true })
				.fill(
					`## Een vaste avond\n\nEen **vast** ritueel helpt. <script>alert(1)</script>\n\nTrefwoord: ${word}.`
				);
			await t.follow(() => main(page).getByRole('button', { name: 'Voorbeeld', exact: true }).click());
			const preview = main(page).getByRole('region', { name: 'Voorbeeld van de tekst' });
			await preview.getByRole('heading', { name: 'Een vaste avond' }).waitFor();
			assert.equal(await preview.locator('script').count(), 0, 'the preview is sanitised');
			assert.equal(
				await page.getByLabel('Titel', { exact: true }).inputValue(),
				title,
				'the preview keeps what was typed'
			);
			await t.follow(
				() => main(page).getByRole('button', { name: 'Opslaan', exact: true }).click(),
				(url) => url.pathname === editPath
			);
			await main(page).getByText('Het artikel is aangemaakt als concept.').waitFor();
			await t.follow(() =>
				main(page).getByRole('button', { name: 'Ter beoordeling aanbieden', exact: true }).click()
			);
			await main(page).getByText('Het artikel is ter beoordeling aangeboden.').waitFor();
			assert.equal(
				await main(page).getByRole('button', { name: 'Goedkeuren en publiceren' }).count(),
				0,
				'the writer cannot approve their own article'
			);
			await logOut(t);

			// Readers do not see the draft yet.
			await t.visit(`/kennisdossier/artikel/${slug}`, { status: 404 });

			// 2. A second editor approves; the article is on its theme page and in the feed.
			await logIn(t, reviewer.email, reviewer.password);
			await t.visit('/kennisdossier/redactie');
			await t.follow(() =>
				main(page).getByRole('table', { name: 'Ter beoordeling' }).getByRole('link', { name: title }).click()
			);
			await t.follow(() =>
				main(page).getByRole('button', { name: 'Goedkeuren en publiceren', exact: true }).click()
			);
			await main(page).getByText('Het artikel is gepubliceerd.').waitFor();
			await t.visit('/kennisdossier/thema/opgroeien-en-wonen');
			await t.follow(
				() => main(page).getByRole('link', { name: title, exact: true }).click(),
				(url) => url.pathname === `/kennisdossier/artikel/${slug}`
			);
			assert.equal(await heading(page), title);
			await main(page).getByText('Praktijkkennis', { exact: true }).waitFor();
			const feed = await page.request.get('/kennisdossier/feed.xml');
			assert.equal(feed.status(), 200);
			assert.match(feed.headers()['content-type'] ?? '', /application\/atom\+xml/);
			assert.ok((await feed.text()).includes(title), 'the feed lists the new article');

			// In search, once the search page exists (kennis-search builds it in parallel).
			const search = await page.request.get(`/kennisdossier/zoeken?q=${encodeURIComponent(word)}`);
			if (search.status() !== 404) {
				await t.visit(`/kennisdossier/zoeken?q=${encodeURIComponent(word)}`);
				await main(page).getByRole('link', { name: title }).first().waitFor();
			}

			// 3. A revision: change the title, compare version 1 with 2, restore version 1.
			await t.visit(editPath);
			await page.getByLabel('Titel', { exact: true }).fill(`${title} (herzien)`);
			await t.follow(
				() => main(page).getByRole('button', { name: 'Opslaan', exact: true }).click(),
				(url) => url.searchParams.get('opgeslagen') === '2'
			);
			await t.follow(() => main(page).getByRole('link', { name: 'Versies en vergelijken' }).first().click());
			await page.getByLabel('Oude versie', { exact: true }).selectOption('1');
			await page.getByLabel('Nieuwe versie', { exact: true }).selectOption('2');
			await t.follow(() => main(page).getByRole('button', { name: 'Vergelijk', exact: true }).click());
			const diff = main(page).getByRole('region', { name: 'Verschil tussen versie 1 en versie 2' });
			await diff.waitFor();
			assert.ok(
				(await diff.locator('ins').allInnerTexts()).join(' ').includes('herzien'),
				'the diff shows the added word'
			);
			await t.follow(
				() =>
					main(page).getByRole('button', { name: 'Zet deze versie terug: Versie 1', exact: true }).click(),
				(url) => url.pathname === editPath
			);
			await main(page).getByText('Versie 1 is teruggezet als nieuwe versie 3.').waitFor();
			assert.equal(await page.getByLabel('Titel', { exact: true }).inputValue(), title);
			// Readers still see the approved version until the restored one is approved.
			await t.visit(`/kennisdossier/artikel/${slug}`);
			assert.equal(await heading(page), title);
			await logOut(t);
		}
	},
	{
		name: 'kennisdossier lezen: thema’s, filter op doelgroep, jongeren en ouders; geen redactie voor anderen',
		async run(t) {
			const { page } = t;
			await t.visit('/kennisdossier');
			assert.equal(await heading(page), 'Kennisdossier');
			assert.equal(await page.locator('link[rel="alternate"][type="application/atom+xml"]').count(), 1);
			await t.follow(() => main(page).getByRole('link', { name: 'Opgroeien en wonen', exact: true }).click());
			const all = await main(page).getByRole('listitem').count();
			await main(page)
				.getByRole('group', { name: 'Voor wie?' })
				.getByLabel('Jongeren en ouders', { exact: true })
				.check();
			await t.follow(
				() => main(page).getByRole('button', { name: 'Toon artikelen', exact: true }).click(),
				(url) => url.searchParams.get('voor') === 'jongeren-en-ouders'
			);
			assert.ok(
				(await main(page).getByRole('listitem').count()) < all,
				'the audience filter narrows the list'
			);
			await t.visit('/kennisdossier/jongeren-en-ouders');
			await t.follow(() =>
				main(page).getByRole('list', { name: 'Alle artikelen' }).getByRole('link').first().click()
			);
			await heading(page);
			await main(page).getByRole('heading', { name: 'Over dit artikel' }).waitFor();

			const member = t.accounts.providerMember;
			assert.ok(member);
			await logIn(t, member.email, member.password);
			await t.visit('/kennisdossier/redactie', { status: 403 });
			await t.visit('/kennisdossier/redactie/nieuw', { status: 403 });
		}
	}
];
