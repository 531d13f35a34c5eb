/**
 * Journey: the network coordinator reviews a proposed organisation, edits the consortium page and
 * the research agenda, and sets the status of a question on the board. A participant cannot open
 * the coordinator's page.
 */
import assert from 'node:assert/strict';
import { logIn, logOut } from './steps.js';

/** @type {import('./harness.js').Journey[]} */
export default [
	{
		name: 'netwerkcoördinator keurt een organisatie goed, bewerkt het consortium en zet een vraag op beantwoord',
		async run(t) {
			const { page } = t;
			const s = t.messages.netwerk;
			const coordinator = t.accounts.coordinator;
			assert.ok(coordinator, 'a demo coordinator exists');

			await logIn(t, coordinator.email, coordinator.password);
			await t.visit('/leernetwerk/beheer');
			const proposal = page
				.locator('li')
				.filter({ has: page.getByRole('heading', { name: 'Demo: Stichting Kleine Huizen', exact: true }) });
			await proposal.getByRole('button', { name: s.manage.approve, exact: true }).click();
			await page.getByText(s.manage.approved('Demo: Stichting Kleine Huizen')).waitFor();
			// Other journeys may have proposed organisations too; this one is gone from the list.
			await proposal.waitFor({ state: 'detached' });
			await t.audit('organisatie goedgekeurd');
			await page.getByRole('cell', { name: 'Demo Nog Niet Bevestigd', exact: true }).waitFor();

			await t.visit('/leernetwerk/consortium');
			const add = page
				.locator('form')
				.filter({ has: page.getByRole('button', { name: s.groups.addMember, exact: true }) });
			await add.getByRole('button', { name: s.groups.addMember, exact: true }).click();
			await page.getByText(s.errors.memberNameRequired).first().waitFor();
			await t.audit('lid zonder naam geweigerd');
			await add.getByLabel(s.fields.memberName, { exact: true }).fill('Gemeente Voorbeeldstad');
			await add.getByLabel(s.fields.website, { exact: true }).fill('https://www.voorbeeldstad.nl');
			await add.getByRole('button', { name: s.groups.addMember, exact: true }).click();
			await page.getByRole('link', { name: 'Gemeente Voorbeeldstad', exact: true }).waitFor();

			const item = 'Personeel';
			await page.getByLabel(s.groups.statusOf(item), { exact: true }).selectOption('running');
			// Wait for the form's own POST (a "saved" notice may still show from adding the member),
			// then read the status back from a fresh page: it must have been stored.
			await Promise.all([
				page.waitForResponse((response) => response.request().method() === 'POST' && response.ok()),
				page
					.locator('form')
					.filter({ has: page.getByLabel(s.groups.statusOf(item), { exact: true }) })
					.getByRole('button', { name: s.groups.saveResearch, exact: true })
					.click()
			]);
			await page.getByText(s.groups.saved).first().waitFor();
			await t.visit(new URL(page.url()).pathname);
			assert.equal(await page.getByLabel(s.groups.statusOf(item), { exact: true }).inputValue(), 'running');
			await t.audit('onderzoeksagenda bijgewerkt');

			await t.visit('/leernetwerk/vragen');
			await t.follow(() =>
				page
					.getByRole('link', {
						name: 'Welke school werkt goed samen met een klein huis in de wijk?',
						exact: true
					})
					.click()
			);
			const status = page
				.locator('form')
				.filter({ has: page.getByRole('button', { name: s.questions.statusSubmit, exact: true }) });
			await status.getByLabel(s.fields.status, { exact: true }).selectOption('answered');
			await status.getByRole('button', { name: s.questions.statusSubmit, exact: true }).click();
			await page.getByText(s.errors.answerRequired).first().waitFor();
			await t.audit('status zonder antwoord geweigerd');
			await status.getByLabel(s.fields.status, { exact: true }).selectOption('answered');
			await status.getByLabel(s.fields.articleSlug, { exact: true }).fill('onderwijs');
			await status.getByRole('button', { name: s.questions.statusSubmit, exact: true }).click();
			await page.getByText(s.questions.statusSaved).waitFor();
			await page.getByRole('link', { name: s.questions.answerArticle, exact: true }).waitFor();
			await t.audit('vraag beantwoord');

			await logOut(t);
			const member = t.accounts.providerMember;
			assert.ok(member, 'a demo participant exists');
			await logIn(t, member.email, member.password);
			await t.visit('/leernetwerk/beheer', { status: 403 });
		}
	}
];
