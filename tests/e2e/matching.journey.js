/**
 * Journeys (matching): a provider's manager creates a pseudonymised profile (invalid input first:
 * a Dutch message per field, a name in the notes refused), asks for a batch proposal, inspects
 * "past deze jongere?" term by term and records a placement that shows up in the group; the audit
 * log shows the views. A user of another organisation and a platform admin without membership
 * cannot see the profile (404) or the workspace (403). Without JavaScript, a member records that
 * the youth left. axe checks every page.
 */
import assert from 'node:assert/strict';
import { heading, logIn, logOut } from './steps.js';

/** @param {import('playwright-core').Page} page */
const main = (page) => page.getByRole('main');

/** The error summary at the top of a form (role alert) as text, once it names `waitFor`.
 * @param {import('playwright-core').Page} page @param {string} waitFor */
async function errorSummary(page, waitFor) {
	const alert = main(page).getByRole('alert').filter({ hasText: waitFor }).first();
	await alert.waitFor();
	return alert.innerText();
}

/** Shared between the two journeys (they run in file order). */
const shared = { profilePath: '', code: '' };

/** @type {import('./harness.js').Journey[]} */
export default [
	{
		name: 'aanbieder maakt een profiel, bekijkt het voorstel en de passing en legt een plaatsing vast',
		async run(t) {
			const { page } = t;
			const mm = t.messages.matching;
			const manager = t.accounts.providerManager;
			assert.ok(manager, 'demo account providerManager exists');
			const year = new Date().getFullYear();

			await logIn(t, manager.email, manager.password);
			await t.visit('/matching');
			await t.follow(() => main(page).getByRole('link', { name: mm.landing.open }).click());
			assert.equal(await heading(page), mm.profiles.title);
			await t.follow(() => main(page).getByRole('link', { name: mm.profiles.add }).click());
			assert.equal(await heading(page), mm.form.createTitle);

			// 1. Invalid input: a Dutch message per field, nothing stored, the values kept.
			await page.getByLabel(mm.fields.code, { exact: true }).fill('Jansen');
			await page.getByLabel(mm.fields.birthYear, { exact: true }).fill('1900');
			await page.getByLabel(mm.fields.notes, { exact: true }).fill('Woont nu bij Pietje in huis.');
			await main(page).getByRole('button', { name: mm.form.create, exact: true }).click();
			const summary = await errorSummary(page, mm.form.invalid);
			for (const expected of [
				mm.validation.code,
				mm.validation.gender,
				mm.validation.intensity,
				mm.validation.municipalityCode,
				mm.validation.waitingSince
			]) {
				assert.ok(summary.includes(expected), `the error summary says "${expected}"; it says:\n${summary}`);
			}
			assert.ok(summary.includes('Pietje'), 'a name in the notes is refused');
			assert.ok(summary.includes('Geboortejaar:'), 'the birth year gets its message');
			assert.equal(
				await page.getByLabel(mm.fields.birthYear, { exact: true }).inputValue(),
				'1900',
				'entered values are kept'
			);
			await t.audit('nieuw profiel met fouten');

			// 2. Valid input; the code is left to the platform.
			await page.getByLabel(mm.fields.code, { exact: true }).fill('');
			await page.getByLabel(mm.fields.birthYear, { exact: true }).fill(String(year - 15));
			await main(page)
				.getByRole('group', { name: mm.fields.gender })
				.getByLabel(mm.genders.f, { exact: true })
				.check();
			await main(page)
				.getByRole('group', { name: mm.fields.needs })
				.getByLabel(mm.needs.trauma ?? 'trauma', { exact: true })
				.check();
			await main(page)
				.getByRole('group', { name: mm.fields.intensity })
				.getByLabel('1', { exact: true })
				.check();
			await page.getByLabel(mm.fields.municipalityCode, { exact: true }).selectOption('GM0307');
			await page.getByLabel(mm.fields.waitingSince, { exact: true }).fill(`${year - 1}-12-01`);
			await page
				.getByLabel(mm.fields.notes, { exact: true })
				.fill('Sport graag; heeft rust nodig na school.');
			await t.follow(
				() => main(page).getByRole('button', { name: mm.form.create, exact: true }).click(),
				/\/matching\/profielen\/[^/]+\?nieuw$/
			);
			const title = await heading(page);
			const code = /^Profiel (J-[A-Z2-9]{5})$/.exec(title)?.[1];
			assert.ok(code, `a generated code in the heading: ${title}`);
			shared.code = code;
			shared.profilePath = new URL(page.url()).pathname;
			await main(page).getByText(mm.profiles.created).waitFor();

			// 3. The batch proposal for the waiting list: objective, bound, optimal.
			await t.follow(() =>
				main(page)
					.getByRole('navigation', { name: mm.nav.title })
					.getByRole('link', { name: mm.nav.proposal })
					.click()
			);
			await main(page).getByLabel(mm.proposal.timeLimit, { exact: true }).fill('10');
			await main(page).getByRole('button', { name: mm.proposal.compute }).click();
			await main(page).getByRole('heading', { name: mm.proposal.assignments }).waitFor({ timeout: 60_000 });
			const outcome = await main(page).locator('dl').first().innerText();
			assert.ok(
				outcome.includes(mm.proposal.objective) && outcome.includes(mm.proposal.bound),
				`objective and bound shown:\n${outcome}`
			);
			assert.ok(outcome.includes(mm.proposal.optimal), 'whether the proposal is proven optimal is shown');
			await t.audit('voorstel');

			// 4. "Past deze jongere?" for a home, term by term and per resident; record the placement there.
			await t.visit(shared.profilePath);
			const fitLink = main(page).getByRole('link', { name: /Past deze jongere in Demo: Huis De Eik\?/ });
			await t.follow(() => fitLink.click());
			assert.equal(await heading(page), `Past ${code} in Demo: Huis De Eik?`);
			await main(page).getByText(mm.fit.feasible).waitFor();
			await main(page).getByRole('heading', { name: mm.fit.terms }).waitFor();
			assert.ok(
				(await main(page)
					.getByRole('heading', { name: /^Bewoner J-/ })
					.count()) >= 1,
				'each resident has its own explanation'
			);
			const rows = await main(page).getByRole('table').first().getByRole('row').count();
			assert.ok(rows >= 3, 'the score is shown term by term');
			await main(page)
				.getByRole('group', { name: mm.fields.outcome })
				.getByLabel(mm.detail.outcomePlaced, { exact: true })
				.check();
			await t.follow(() => main(page).getByRole('button', { name: mm.detail.record }).click(), /\?besluit$/);
			await main(page).getByText(mm.detail.recorded).waitFor();
			assert.ok(
				(await main(page).innerText()).includes('Geplaatst in Demo: Huis De Eik'),
				'the profile says where the youth lives'
			);

			// 5. The group of the home now holds the youth.
			await t.follow(() =>
				main(page)
					.getByRole('navigation', { name: mm.nav.title })
					.getByRole('link', { name: mm.nav.homes })
					.click()
			);
			const group = main(page).getByRole('table', { name: `${mm.homes.group}: Demo: Huis De Eik` });
			await group.getByRole('link', { name: `Profiel ${code}` }).waitFor();

			// 6. The audit log shows who viewed the profile.
			await t.follow(() =>
				main(page)
					.getByRole('navigation', { name: mm.nav.title })
					.getByRole('link', { name: mm.nav.audit })
					.click()
			);
			const log = await main(page).getByRole('table').innerText();
			assert.ok(
				log.includes(code) && log.includes(mm.audit.view ?? 'view') && log.includes(mm.audit.decision ?? 'decision'),
				'views and the decision are logged'
			);
			await logOut(t);

			// 7. Another organisation's user and a platform admin without membership see nothing.
			for (const stranger of [t.accounts.municipalityMember, t.accounts.admin]) {
				assert.ok(stranger);
				await logIn(t, stranger.email, stranger.password);
				await t.visit(shared.profilePath, { status: 404 });
				await t.visit(`${shared.profilePath}/bewerken`, { status: 404 });
				const exported = await page.request.get(new URL(`${shared.profilePath}/export`, t.baseURL).href);
				assert.equal(exported.status(), 404, 'the export is refused');
				await t.visit('/matching/profielen', { status: 403 });
				await t.visit('/matching/logboek', { status: 403 });
				await logOut(t);
			}
		}
	},
	{
		name: 'medewerker legt zonder JavaScript het vertrek van een jongere vast',
		javaScriptEnabled: false,
		async run(t) {
			const { page } = t;
			const mm = t.messages.matching;
			const member = t.accounts.providerMember;
			assert.ok(member && shared.profilePath, 'the first journey created a placed profile');
			await logIn(t, member.email, member.password);
			await t.visit(shared.profilePath);
			await main(page).getByRole('heading', { name: mm.detail.leave }).waitFor();
			await t.follow(
				() => main(page).getByRole('button', { name: mm.detail.leaveButton }).click(),
				/\?besluit$/
			);
			const text = await main(page).innerText();
			assert.ok(
				text.includes('Vertrokken sinds'),
				'the profile shows that the youth left and when it will be deleted'
			);
			assert.ok(text.includes('wordt gewist op'), 'the deletion date is shown');
		}
	}
];
