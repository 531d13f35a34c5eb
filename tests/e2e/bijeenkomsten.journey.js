/**
 * Meetings of the praktijkleernetwerk: the coordinator plans a meeting with one seat (after the
 * form refused empty input in Dutch); one participant takes the seat, a second lands on the
 * waiting list; when the first cancels, the second is promoted and mailed over real SMTP, and the
 * calendar file they download is read back by a calendar library with the meeting's stable UID.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { logIn, logOut } from './steps.js';

/** YYYY-MM-DD of the day `days` from now (far from any DST switch at 14:00). @param {number} days */
function dateIn(days) {
	return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Opens the meeting page and waits for its heading. @param {import('./harness.js').JourneyContext} t @param {string} path @param {string} title */
async function openMeeting(t, path, title) {
	await t.visit(path);
	await t.page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
}

/** Clicks a button in the main area and waits for the text it should lead to, then audits.
 * @param {import('./harness.js').JourneyContext} t @param {string} button @param {string} expected */
async function press(t, button, expected) {
	const main = t.page.getByRole('main');
	await main.getByRole('button', { name: button, exact: true }).click();
	await main.getByText(expected, { exact: false }).first().waitFor();
	await t.audit(`na ${button}`);
}

/** Submits a form without JavaScript that answers on the same address: waits for the new page, then audits.
 * @param {import('./harness.js').JourneyContext} t @param {import('playwright-core').Locator} button */
async function submitSamePage(t, button) {
	await Promise.all([t.page.waitForEvent('load'), button.click()]);
	await t.audit('na versturen');
}

/** @type {import('./harness.js').Journey[]} */
export default [
	{
		name: 'een deelnemer komt op de wachtlijst, schuift door na een afmelding en zet de bijeenkomst in de agenda',
		async run(t) {
			const { page } = t;
			const text = t.messages.netwerk.meetings;
			const coordinator = t.accounts.coordinator;
			const first = t.accounts.providerManager;
			const second = t.accounts.providerMember;
			assert.ok(coordinator && first && second, 'demo accounts exist');
			const title = `Kleine groepen, grote vragen ${Date.now()}`;

			// The coordinator plans a meeting with one seat.
			await logIn(t, coordinator.email, coordinator.password);
			await t.visit('/leernetwerk/bijeenkomsten/nieuw');
			const main = page.getByRole('main');
			await main.getByRole('button', { name: text.form.create, exact: true }).click();
			await main.getByText(text.errors.title).first().waitFor();
			await main.getByText(text.errors.placeOrOnline).first().waitFor();
			await t.audit('lege bijeenkomst geweigerd');
			await main.getByLabel(text.fields.title, { exact: true }).fill(title);
			await main.getByLabel(text.fields.theme, { exact: true }).selectOption('team');
			await main.getByLabel(text.fields.date, { exact: true }).fill(dateIn(30));
			await main.getByLabel(text.fields.startTime, { exact: true }).fill('14:00');
			await main.getByLabel(text.fields.endTime, { exact: true }).fill('16:30');
			await main.getByLabel(text.fields.location, { exact: true }).fill('Utrecht, Catharijnesingel 47');
			await main.getByLabel(text.fields.capacity, { exact: true }).fill('1');
			await t.follow(
				() => main.getByRole('button', { name: text.form.create, exact: true }).click(),
				(url) => /^\/leernetwerk\/bijeenkomsten\/[0-9a-f-]{36}$/.test(url.pathname)
			);
			const path = new URL(page.url()).pathname;
			const meetingId = path.split('/').pop();
			await main.getByText(text.form.created).first().waitFor();
			await logOut(t);

			// The first participant takes the only seat.
			await logIn(t, first.email, first.password);
			await openMeeting(t, path, title);
			await press(t, text.detail.register, text.detail.statusConfirmed);
			await logOut(t);

			// The second finds it full and joins the waiting list.
			await logIn(t, second.email, second.password);
			await openMeeting(t, path, title);
			await main.getByText(text.detail.full).first().waitFor();
			await press(t, text.detail.registerWaiting, text.detail.statusWaiting.replace('{position}', '1'));
			await logOut(t);

			// The first cancels: the second is promoted and mailed.
			await logIn(t, first.email, first.password);
			await openMeeting(t, path, title);
			await press(t, text.detail.cancelRegistration, text.detail.cancelledRegistration);
			await logOut(t);
			const mail = await t.waitForMail(second.email, /plek vrij/i);
			t.log(`mail received: "${mail.subject}"`);
			assert.ok(mail.subject.includes(title), 'the mail names the meeting');
			const link = mail.links.find((l) => new URL(l).pathname === path);
			assert.ok(link, `the mail links to the meeting; links: ${mail.links.join(', ') || '(none)'}`);

			// The promoted participant sees their seat and downloads the calendar file.
			await logIn(t, second.email, second.password);
			await openMeeting(t, path, title);
			await main.getByText(text.detail.statusConfirmed).first().waitFor();
			const [file] = await Promise.all([
				page.waitForEvent('download'),
				main.getByRole('link', { name: text.detail.ics, exact: true }).click()
			]);
			const saved = await file.path();
			assert.ok(saved, 'the calendar file was saved');
			const ics = await readFile(saved, 'utf8');
			const calendar = new ICAL.Component(ICAL.parse(ics));
			const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
			assert.equal(events.length, 1, 'one event in the file');
			const event = events[0];
			assert.ok(event, 'the event');
			assert.equal(event.uid, `bijeenkomst-${meetingId}@${new URL(t.baseURL).hostname}`, 'the stable UID');
			assert.equal(event.summary, title);
			assert.equal(event.location, 'Utrecht, Catharijnesingel 47');
			assert.equal(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime(), 150 * 60_000, '2.5 hours');
		}
	},
	{
		name: 'zonder JavaScript: de coördinator plant en registreert aanwezigheid, een deelnemer meldt zich aan en abonneert zich op de agenda',
		javaScriptEnabled: false,
		async run(t) {
			const { page } = t;
			const text = t.messages.netwerk.meetings;
			const coordinator = t.accounts.coordinator;
			const participant = t.accounts.municipalityMember;
			assert.ok(coordinator && participant, 'demo accounts exist');
			const title = `Zonder JavaScript ${Date.now()}`;
			const main = page.getByRole('main');

			await logIn(t, coordinator.email, coordinator.password);
			await t.visit('/leernetwerk/bijeenkomsten');
			await t.follow(() => main.getByRole('link', { name: text.create, exact: true }).click(), (url) => url.pathname.endsWith('/nieuw'));
			await main.getByLabel(text.fields.title, { exact: true }).fill(title);
			await main.getByLabel(text.fields.theme, { exact: true }).selectOption('onderwijs');
			await main.getByLabel(text.fields.date, { exact: true }).fill(dateIn(40));
			await main.getByLabel(text.fields.startTime, { exact: true }).fill('10:00');
			await main.getByLabel(text.fields.endTime, { exact: true }).fill('09:00');
			await main.getByLabel(text.fields.onlineUrl, { exact: true }).fill('https://vergadering.example.nl/zonder-js');
			await main.getByLabel(text.fields.capacity, { exact: true }).fill('5');
			await submitSamePage(t, main.getByRole('button', { name: text.form.create, exact: true }));
			await main.getByText(text.errors.endBeforeStart).first().waitFor();
			assert.equal(await main.getByLabel(text.fields.title, { exact: true }).inputValue(), title, 'the form keeps what was typed');
			await main.getByLabel(text.fields.endTime, { exact: true }).fill('12:00');
			await t.follow(
				() => main.getByRole('button', { name: text.form.create, exact: true }).click(),
				(url) => /^\/leernetwerk\/bijeenkomsten\/[0-9a-f-]{36}$/.test(url.pathname)
			);
			const path = new URL(page.url()).pathname;
			await logOut(t);

			// The participant registers and subscribes to their calendar feed.
			await logIn(t, participant.email, participant.password);
			await t.visit('/leernetwerk/bijeenkomsten');
			await t.follow(() => main.getByRole('link', { name: title, exact: true }).click(), (url) => url.pathname === path);
			await submitSamePage(t, main.getByRole('button', { name: text.detail.register, exact: true }));
			await main.getByText(text.detail.registeredConfirmed).first().waitFor();
			await main.getByRole('link', { name: 'https://vergadering.example.nl/zonder-js', exact: false }).first().waitFor();
			await t.visit('/leernetwerk/agenda');
			await submitSamePage(t, main.getByRole('button').first());
			const feedUrl = await main.getByLabel(text.feed.yourLink, { exact: true }).inputValue();
			const feed = await page.request.get(feedUrl);
			assert.equal(feed.status(), 200);
			const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
			const summaries = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary);
			assert.ok(summaries.includes(title), `the feed lists the meeting; it has: ${summaries.join(', ')}`);
			await logOut(t);

			// The coordinator records attendance.
			await logIn(t, coordinator.email, coordinator.password);
			await t.visit(`${path}/aanmeldingen`);
			await main.getByRole('radio', { name: text.registrations.attendedYes }).first().check();
			await submitSamePage(t, main.getByRole('button', { name: text.registrations.saveAttendance, exact: true }));
			await main.getByText(text.registrations.savedAttendance).first().waitFor();
			assert.equal(await main.getByRole('radio', { name: text.registrations.attendedYes }).first().isChecked(), true);
		}
	}
];
