/**
 * Journey: a professional signs up for the praktijkleernetwerk, gets the confirmation mail from
 * the real local SMTP server, confirms with a new password, logs in, asks a question on the board,
 * votes for it and replies; then downloads their data. The second journey checks the sign-up form
 * without JavaScript: Dutch errors per field, input kept.
 */
import assert from 'node:assert/strict';
import { heading, logIn } from './steps.js';

/** @type {import('./harness.js').Journey[]} */
export default [
	{
		name: 'aanmelden voor het leernetwerk, bevestigen per mail, een vraag stellen en stemmen',
		async run(t) {
			const { page } = t;
			const email = `deelnemer.${Date.now()}@example.org`;
			const password = 'Leernetwerk-2026-wachtwoord';
			const s = t.messages.netwerk;

			await t.visit('/leernetwerk');
			await page.getByTestId('organisaties-teller').waitFor();
			await t.follow(
				() => page.getByRole('main').getByRole('link', { name: s.home.signUp, exact: true }).click(),
				(url) => url.pathname === '/leernetwerk/aanmelden'
			);
			assert.equal(await heading(page), s.signUp.title);

			const main = page.getByRole('main');
			await main.getByLabel('Naam', { exact: true }).fill('Fatima el Amrani');
			await main.getByLabel('E-mailadres', { exact: true }).fill(email);
			await main
				.getByLabel(s.fields.proposedOrganization, { exact: true })
				.fill('Stichting Huizen in de Wijk');
			await main.getByLabel(s.fields.role, { exact: true }).fill('gedragswetenschapper');
			await main.getByLabel('Onderwijs', { exact: true }).check();
			await main.getByLabel(s.fields.consentCheckbox, { exact: true }).check();
			await t.follow(
				() => main.getByRole('button', { name: s.signUp.submit, exact: true }).click(),
				(url) => url.pathname === '/leernetwerk/aanmelden/verstuurd'
			);
			await page.getByText(s.signUp.sent).waitFor();

			const mail = await t.waitForMail(email, /Bevestig uw aanmelding/);
			t.log(`mail received: "${mail.subject}"`);
			const link = mail.links.find((l) =>
				new URL(l).pathname.startsWith('/leernetwerk/aanmelden/bevestigen/')
			);
			assert.ok(link, `the mail contains a confirmation link; links: ${mail.links.join(', ') || '(none)'}`);
			assert.equal(new URL(link).origin, new URL(t.baseURL).origin, 'the link points at this site');

			await t.visit(new URL(link).pathname);
			const confirm = page.getByRole('main');
			await confirm.getByLabel('Wachtwoord', { exact: true }).fill(password);
			await confirm.getByLabel(s.fields.passwordRepeat, { exact: true }).fill(password);
			await confirm.getByRole('button', { name: s.confirm.submit, exact: true }).click();
			await page.getByRole('heading', { level: 1, name: s.confirm.doneTitle }).waitFor();
			await t.audit('aanmelding bevestigd');

			// The link works once.
			await t.visit(new URL(link).pathname);
			await page.getByText(s.confirm.invalid).waitFor();

			await logIn(t, email, password);
			await t.visit('/leernetwerk/vragen');
			const ask = page
				.locator('form')
				.filter({ has: page.getByRole('button', { name: s.questions.ask, exact: true }) });
			// An empty question is refused with a message per field.
			await ask.getByRole('button', { name: s.questions.ask, exact: true }).click();
			await page.getByText(s.errors.titleRequired).first().waitFor();
			await page.getByText(s.errors.themeRequired).first().waitFor();
			await t.audit('lege vraag geweigerd');

			const title = `Hoe regelen jullie onderwijs dichtbij huis? ${Date.now()}`;
			await ask.getByLabel(s.fields.title, { exact: true }).fill(title);
			await ask
				.getByLabel(s.fields.body, { exact: true })
				.fill('Twee jongeren kunnen nog niet naar een gewone school. Welke voorbeelden kennen jullie?');
			await ask.getByLabel(s.fields.theme, { exact: true }).selectOption('onderwijs');
			await t.follow(
				() => ask.getByRole('button', { name: s.questions.ask, exact: true }).click(),
				(url) => url.pathname.startsWith('/leernetwerk/vragen/')
			);
			assert.equal(await heading(page), title);
			await page.getByText(s.questions.posted).waitFor();

			await page.getByRole('button', { name: s.questions.vote, exact: true }).click();
			await page.getByText(s.questions.voted).waitFor();
			await page.getByText(s.questions.votes(1)).first().waitFor();
			await t.audit('gestemd');
			// Voting again withdraws the vote (once per question).
			await page.getByRole('button', { name: s.questions.unvote, exact: true }).click();
			await page.getByText(s.questions.votes(0)).first().waitFor();

			await page
				.getByLabel(s.fields.reply, { exact: true })
				.fill('Wij werken samen met een school voor speciaal onderwijs in de buurt.');
			await page.getByRole('button', { name: s.questions.replySubmit, exact: true }).click();
			await page.getByText('Wij werken samen met een school voor speciaal onderwijs in de buurt.').waitFor();

			await t.visit('/leernetwerk/vragen?sort=newest');
			await page.getByRole('link', { name: title, exact: true }).waitFor();

			await t.visit('/leernetwerk/mijn-gegevens');
			const response = await page.request.get(
				new URL('/leernetwerk/mijn-gegevens/download', t.baseURL).toString()
			);
			assert.equal(response.status(), 200);
			const data = await response.json();
			assert.equal(data.participant.email, email);
			assert.equal(data.questions[0].title, title);
			assert.equal(data.participant.proposedOrganization, 'Stichting Huizen in de Wijk');
		}
	},
	{
		name: 'aanmeldformulier zonder JavaScript: foutmeldingen per veld en ingevulde waarden blijven',
		javaScriptEnabled: false,
		async run(t) {
			const { page } = t;
			const s = t.messages.netwerk;
			await t.visit('/leernetwerk/aanmelden');
			const main = page.getByRole('main');
			await main.getByLabel('Naam', { exact: true }).fill('Piet');
			await main.getByLabel('E-mailadres', { exact: true }).fill('geen-adres');
			await main.getByRole('button', { name: s.signUp.submit, exact: true }).click();
			for (const message of [
				s.errors.emailInvalid,
				s.errors.organizationRequired,
				s.errors.roleRequired,
				s.errors.consentRequired
			]) {
				await page.getByText(message).first().waitFor();
			}
			await t.audit('aanmelding met fouten');
			assert.equal(await main.getByLabel('Naam', { exact: true }).inputValue(), 'Piet');
			await t.visit('/leernetwerk/consortium');
			await page.getByText('Schakenbosch').first().waitFor();
			await t.visit('/leernetwerk/klankbordgroep');
			await page.getByText('StroomOP').first().waitFor();
		}
	}
];
