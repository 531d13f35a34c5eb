import ExcelJS from 'exceljs';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildActor } from '../../../../../tests/reference/register-factories.ts';
import { createActiveParticipant } from '../../../../../tests/factories/netwerk.ts';
import { m } from '../../../i18n/nl.ts';
import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { isAppError } from '../../errors.ts';
import { runDueJobs } from '../../jobs/index.ts';
import { cancelMeeting } from './cancel-meeting.ts';
import { cancelRegistration } from './cancel-registration.ts';
import { createMeeting } from './create-meeting.ts';
import { exportRegistrations } from './export-registrations.ts';
import { getCalendarFeed } from './get-calendar-feed.ts';
import { getMeeting } from './get-meeting.ts';
import { getMeetingIcs } from './get-meeting-ics.ts';
import { linkQuestionToMeeting } from './link-question.ts';
import { listMeetings } from './list-meetings.ts';
import { listQuestionsForMeeting } from './list-questions-for-meeting.ts';
import { listRegistrations } from './list-registrations.ts';
import { collectMeetingData, removeMeetingData } from './participant-data.ts';
import { recordAttendance } from './record-attendance.ts';
import { regenerateCalendarFeed } from './regenerate-calendar-feed.ts';
import { registerForMeeting } from './register-for-meeting.ts';
import { reminderJobKind } from './seat-changes.ts';
import { sendMeetingReminder } from './send-meeting-reminder.ts';
import { updateMeeting } from './update-meeting.ts';

const e = m.netwerk.meetings.errors;
const NOW = new Date('2026-03-01T09:00:00Z');

/** A valid meeting form (10 March 2026, 13:30–16:00 Amsterdam = 12:30–15:00 UTC). */
function meetingForm(overrides: Record<string, unknown> = {}) {
	return {
		title: 'Leefklimaat in kleine groepen',
		theme: 'leefklimaat',
		date: '2026-03-10',
		startTime: '13:30',
		endTime: '16:00',
		location: 'Utrecht',
		onlineUrl: 'https://meet.example.nl/leefklimaat',
		capacity: '2',
		description: 'Een middag over leefklimaat.',
		articleSlugs: 'leefklimaat',
		...overrides
	};
}

/** The AppError code (and field errors) a promise rejects with. */
async function failure(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (err) {
		if (isAppError(err)) return { code: err.code, fields: Object.fromEntries(err.fieldErrors.map((f) => [f.path, f.message])) };
		throw err;
	}
	throw new Error('expected a failure');
}

async function mailsTo(email: string) {
	return getDb().select().from(schema.mailOutbox).where(eq(schema.mailOutbox.to, email));
}

async function pendingReminder(registrationId: string) {
	const [row] = await getDb()
		.select()
		.from(schema.job)
		.where(and(eq(schema.job.kind, reminderJobKind), eq(schema.job.key, registrationId), eq(schema.job.status, 'pending')));
	return row;
}

let coordinator: Actor;
let people: Awaited<ReturnType<typeof createActiveParticipant>>[];

beforeAll(async () => {
	coordinator = await buildActor('coordinator');
	people = [];
	for (let i = 0; i < 5; i++) people.push(await createActiveParticipant());
});

describe('managing meetings', () => {
	it('lets the coordinator create a meeting, stored in UTC', async () => {
		const { id } = await createMeeting(coordinator, meetingForm());
		const meeting = await getMeeting(coordinator, { meetingId: id });
		expect(meeting).toMatchObject({
			title: 'Leefklimaat in kleine groepen',
			startsAt: new Date('2026-03-10T12:30:00Z'),
			endsAt: new Date('2026-03-10T15:00:00Z'),
			capacity: 2,
			confirmedCount: 0,
			canManage: true,
			articleSlugs: ['leefklimaat'],
			onlineUrl: 'https://meet.example.nl/leefklimaat'
		});
		expect(meeting.formValues).toMatchObject({ date: '2026-03-10', startTime: '13:30', endTime: '16:00' });
	});

	it('refuses everyone but the coordinator, and stores nothing', async () => {
		const before = (await getDb().select().from(schema.networkMeeting)).length;
		const user = await buildActor('user');
		const editor = await buildActor('editor');
		expect(await failure(createMeeting(null, meetingForm()))).toMatchObject({ code: 'unauthenticated' });
		expect(await failure(createMeeting(user, meetingForm()))).toMatchObject({ code: 'forbidden' });
		expect(await failure(createMeeting(editor, meetingForm()))).toMatchObject({ code: 'forbidden' });
		expect(await failure(createMeeting(people[0]!.actor, meetingForm()))).toMatchObject({ code: 'forbidden' });
		const { id } = await createMeeting(coordinator, meetingForm());
		expect(await failure(updateMeeting(people[0]!.actor, { meetingId: id, input: meetingForm() }))).toMatchObject({ code: 'forbidden' });
		expect(await failure(cancelMeeting(people[0]!.actor, { meetingId: id }))).toMatchObject({ code: 'forbidden' });
		expect(await failure(listRegistrations(people[0]!.actor, { meetingId: id }))).toMatchObject({ code: 'forbidden' });
		expect(await failure(exportRegistrations(user, { meetingId: id, format: 'csv' }))).toMatchObject({ code: 'forbidden' });
		expect(await failure(recordAttendance(user, { meetingId: id, attendance: {} }))).toMatchObject({ code: 'forbidden' });
		expect((await getDb().select().from(schema.networkMeeting)).length).toBe(before + 1);
	});

	it('names every invalid field in Dutch and stores nothing', async () => {
		const before = (await getDb().select().from(schema.networkMeeting)).length;
		const result = await failure(
			createMeeting(coordinator, { title: '', theme: 'x', date: '2026-02-31', startTime: '1330', endTime: '', location: '', capacity: 'veel' })
		);
		expect(result.code).toBe('invalid-input');
		expect(result.fields).toMatchObject({
			title: e.title,
			theme: e.theme,
			startTime: e.startTime,
			endTime: e.endTime,
			capacity: e.capacity
		});
		expect((await getDb().select().from(schema.networkMeeting)).length).toBe(before);
	});

	it('lists upcoming and past meetings a page at a time', async () => {
		for (let i = 0; i < 12; i++) {
			await createMeeting(coordinator, meetingForm({ title: `Toekomst ${i}`, date: `2027-01-${String(10 + i).padStart(2, '0')}` }));
		}
		await createMeeting(coordinator, meetingForm({ title: 'Verleden', date: '2026-12-20' }));
		const first = await listMeetings(null, { when: 'upcoming', page: '1', now: new Date('2026-12-31T00:00:00Z') });
		expect(first.total).toBe(12);
		expect(first.pages).toBe(2);
		expect(first.items.map((i) => i.title).slice(0, 2)).toEqual(['Toekomst 0', 'Toekomst 1']);
		const second = await listMeetings(null, { when: 'upcoming', page: '2', now: new Date('2026-12-31T00:00:00Z') });
		expect(second.items).toHaveLength(2);
		const past = await listMeetings(null, { when: 'past', page: 'x', now: new Date('2026-12-31T00:00:00Z') });
		expect(past.items[0]!.title).toBe('Verleden');
		expect(past.page).toBe(1);
	});
});

describe('registrations and the waiting list', () => {
	it('puts registrations on the waiting list when full and promotes the first on cancellation, with a mail', async () => {
		const { id: meetingId } = await createMeeting(coordinator, meetingForm({ capacity: '2' }));
		const [a, b, c, d] = people;
		const ra = await registerForMeeting(a!.actor, { meetingId, now: NOW });
		const rb = await registerForMeeting(b!.actor, { meetingId, now: NOW });
		const rc = await registerForMeeting(c!.actor, { meetingId, now: NOW });
		const rd = await registerForMeeting(d!.actor, { meetingId, now: NOW });
		expect([ra.status, rb.status, rc.status, rd.status]).toEqual(['confirmed', 'confirmed', 'waiting', 'waiting']);
		expect([rc.position, rd.position]).toEqual([1, 2]);
		// Registering twice changes nothing.
		expect(await registerForMeeting(c!.actor, { meetingId, now: NOW })).toEqual(rc);
		// Reminders two days before, for confirmed registrations only.
		expect((await pendingReminder(ra.registrationId))?.runAt).toEqual(new Date('2026-03-08T12:30:00Z'));
		expect(await pendingReminder(rc.registrationId)).toBeUndefined();

		const { promoted } = await cancelRegistration(a!.actor, { registrationId: ra.registrationId, now: NOW });
		expect(promoted).toEqual([rc.registrationId]);
		expect(await pendingReminder(ra.registrationId)).toBeUndefined();
		expect(await pendingReminder(rc.registrationId)).toBeDefined();
		const mails = await mailsTo(c!.participant.email);
		expect(mails).toHaveLength(1);
		expect(mails[0]!.subject).toContain('Leefklimaat in kleine groepen');
		expect(mails[0]!.text).toContain(`/leernetwerk/bijeenkomsten/${meetingId}`);
		expect(await mailsTo(d!.participant.email)).toHaveLength(0);

		const view = await getMeeting(d!.actor, { meetingId });
		expect(view.ownRegistration).toMatchObject({ status: 'waiting', position: 1 });
		expect(view).toMatchObject({ confirmedCount: 2, waitingCount: 1 });
		// Cancelling again changes nothing and promotes nobody.
		expect(await cancelRegistration(a!.actor, { registrationId: ra.registrationId, now: NOW })).toEqual({ promoted: [] });
		// Registering again after cancelling joins at the back.
		expect(await registerForMeeting(a!.actor, { meetingId, now: NOW })).toMatchObject({ status: 'waiting', position: 2 });
	});

	it('lets a participant cancel only their own registration; non-participants cannot register', async () => {
		const { id: meetingId } = await createMeeting(coordinator, meetingForm());
		const own = await registerForMeeting(people[0]!.actor, { meetingId, now: NOW });
		expect(await failure(cancelRegistration(people[1]!.actor, { registrationId: own.registrationId }))).toMatchObject({
			code: 'forbidden'
		});
		expect(await failure(cancelRegistration(await buildActor(), { registrationId: own.registrationId }))).toMatchObject({
			code: 'forbidden'
		});
		expect(await failure(cancelRegistration(null, { registrationId: own.registrationId }))).toMatchObject({ code: 'unauthenticated' });
		expect(await failure(registerForMeeting(await buildActor(), { meetingId, now: NOW }))).toMatchObject({ code: 'forbidden' });
		expect(await failure(registerForMeeting(null, { meetingId, now: NOW }))).toMatchObject({ code: 'unauthenticated' });
		expect(await failure(registerForMeeting(people[1]!.actor, { meetingId: randomUUID(), now: NOW }))).toMatchObject({
			code: 'not-found'
		});
		// The coordinator may cancel anyone's registration.
		await cancelRegistration(coordinator, { registrationId: own.registrationId, now: NOW });
		const [row] = await getDb()
			.select()
			.from(schema.networkMeetingRegistration)
			.where(eq(schema.networkMeetingRegistration.id, own.registrationId));
		expect(row!.status).toBe('cancelled');
	});

	it('refuses registration for a past or cancelled meeting', async () => {
		const { id: meetingId } = await createMeeting(coordinator, meetingForm());
		expect(await failure(registerForMeeting(people[0]!.actor, { meetingId, now: new Date('2026-03-11T00:00:00Z') }))).toMatchObject({
			code: 'conflict'
		});
		await cancelMeeting(coordinator, { meetingId, now: NOW });
		expect(await failure(registerForMeeting(people[0]!.actor, { meetingId, now: NOW }))).toMatchObject({ code: 'conflict' });
	});

	it('never confirms more than the capacity and promotes first come, first served (random sequences)', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 1, max: 3 }),
				fc.array(fc.record({ cancel: fc.boolean(), who: fc.integer({ min: 0, max: 4 }) }), { maxLength: 14 }),
				async (capacity, actions) => {
					const { id: meetingId } = await createMeeting(coordinator, meetingForm({ capacity: String(capacity) }));
					const r = schema.networkMeetingRegistration;
					for (const action of actions) {
						const person = people[action.who]!;
						const rows = () => getDb().select().from(r).where(eq(r.meetingId, meetingId));
						const before = await rows();
						if (action.cancel) {
							const own = before.find((x) => x.participantId === person.participant.id && x.status !== 'cancelled');
							if (!own) continue;
							const firstWaiting = before
								.filter((x) => x.status === 'waiting')
								.sort((x, y) => x.queueNumber - y.queueNumber)[0];
							const { promoted } = await cancelRegistration(person.actor, { registrationId: own.id, now: NOW });
							if (own.status === 'confirmed' && firstWaiting) expect(promoted).toEqual([firstWaiting.id]);
							else expect(promoted).toEqual([]);
						} else {
							await registerForMeeting(person.actor, { meetingId, now: NOW });
						}
						const after = await rows();
						const confirmed = after.filter((x) => x.status === 'confirmed').length;
						const waiting = after.filter((x) => x.status === 'waiting').length;
						expect(confirmed).toBeLessThanOrEqual(capacity);
						if (waiting > 0) expect(confirmed).toBe(capacity);
					}
				}
			),
			{ numRuns: 12 }
		);
	});

	it('keeps the capacity when registrations race (locked meeting row)', async () => {
		const { id: meetingId } = await createMeeting(coordinator, meetingForm({ capacity: '2' }));
		const results = await Promise.all(people.map((p) => registerForMeeting(p.actor, { meetingId, now: NOW })));
		expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(2);
		expect(results.filter((r) => r.status === 'waiting').map((r) => r.position).sort()).toEqual([1, 2, 3]);
	});
});

describe('changing and cancelling a meeting', () => {
	it('moves the reminders when the time changes, refuses a capacity below the confirmed count, and promotes on a larger one', async () => {
		const { id: meetingId } = await createMeeting(coordinator, meetingForm({ capacity: '1' }));
		const first = await registerForMeeting(people[0]!.actor, { meetingId, now: NOW });
		const second = await registerForMeeting(people[1]!.actor, { meetingId, now: NOW });
		expect(second.status).toBe('waiting');
		// 12 March 2026 10:00 Amsterdam = 09:00 UTC; reminder at 10 March 09:00 UTC.
		await updateMeeting(coordinator, { meetingId, input: meetingForm({ capacity: '1', date: '2026-03-12', startTime: '10:00', endTime: '12:00' }), now: NOW });
		expect((await pendingReminder(first.registrationId))?.runAt).toEqual(new Date('2026-03-10T09:00:00Z'));
		const tooSmall = await failure(updateMeeting(coordinator, { meetingId, input: meetingForm({ capacity: '0' }), now: NOW }));
		expect(tooSmall.fields.capacity).toBe(e.capacity);
		await updateMeeting(coordinator, { meetingId, input: meetingForm({ capacity: '2' }), now: NOW });
		const view = await getMeeting(people[1]!.actor, { meetingId });
		expect(view.ownRegistration).toMatchObject({ status: 'confirmed' });
		expect(await mailsTo(people[1]!.participant.email)).not.toHaveLength(0);
		// Back to 1 seat is refused: two are confirmed.
		const below = await failure(updateMeeting(coordinator, { meetingId, input: meetingForm({ capacity: '1' }), now: NOW }));
		expect(below).toMatchObject({ code: 'invalid-input' });
		expect(below.fields.capacity).toContain('2');
	});

	it('mails everyone and drops the reminders when the meeting is called off', async () => {
		const person = await createActiveParticipant();
		const { id: meetingId } = await createMeeting(coordinator, meetingForm());
		const reg = await registerForMeeting(person.actor, { meetingId, now: NOW });
		await cancelMeeting(coordinator, { meetingId, now: NOW });
		expect(await pendingReminder(reg.registrationId)).toBeUndefined();
		const mails = await mailsTo(person.participant.email);
		expect(mails.map((x) => x.subject)).toEqual([`Afgelast: Leefklimaat in kleine groepen`]);
		expect(await failure(cancelMeeting(coordinator, { meetingId }))).toMatchObject({ code: 'conflict' });
	});
});

describe('the reminder job', () => {
	it('sends exactly one mail per confirmed registration, even when run again', async () => {
		const person = await createActiveParticipant();
		const { id: meetingId } = await createMeeting(coordinator, meetingForm());
		const reg = await registerForMeeting(person.actor, { meetingId, now: NOW });
		expect(await runDueJobs({ now: new Date('2026-03-08T12:00:00Z') })).toMatchObject({ failed: 0 });
		expect(await mailsTo(person.participant.email)).toHaveLength(0);
		await runDueJobs({ now: new Date('2026-03-08T12:30:00Z') });
		const mails = await mailsTo(person.participant.email);
		expect(mails).toHaveLength(1);
		expect(mails[0]!.subject).toBe('Herinnering: Leefklimaat in kleine groepen op dinsdag 10 maart 2026');
		expect(mails[0]!.text).toContain('13:30–16:00');
		// A retried or doubled job finds the reminder already sent.
		await sendMeetingReminder({ registrationId: reg.registrationId }, { now: new Date('2026-03-08T12:31:00Z') });
		expect(await mailsTo(person.participant.email)).toHaveLength(1);
	});

	it('sends nothing for a cancelled registration or a cancelled meeting', async () => {
		const person = await createActiveParticipant();
		const other = await createActiveParticipant();
		const { id: meetingId } = await createMeeting(coordinator, meetingForm());
		const { id: otherMeeting } = await createMeeting(coordinator, meetingForm());
		const reg = await registerForMeeting(person.actor, { meetingId, now: NOW });
		const otherReg = await registerForMeeting(other.actor, { meetingId: otherMeeting, now: NOW });
		await cancelRegistration(person.actor, { registrationId: reg.registrationId, now: NOW });
		await sendMeetingReminder({ registrationId: reg.registrationId }, { now: new Date('2026-03-08T12:30:00Z') });
		await getDb().update(schema.networkMeeting).set({ status: 'cancelled' }).where(eq(schema.networkMeeting.id, otherMeeting));
		await sendMeetingReminder({ registrationId: otherReg.registrationId }, { now: new Date('2026-03-08T12:30:00Z') });
		await sendMeetingReminder({ nonsense: true }, { now: new Date('2026-03-08T12:30:00Z') });
		expect(await mailsTo(person.participant.email)).toHaveLength(0);
		expect(await mailsTo(other.participant.email)).toHaveLength(0);
	});
});

describe('calendar files', () => {
	function parse(text: string) {
		return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
	}

	it('gives one file per meeting with a stable UID; the online link only for those who take part', async () => {
		const { id: meetingId } = await createMeeting(coordinator, meetingForm());
		const anonymous = await getMeetingIcs(null, { meetingId, origin: 'https://k.example' });
		const [event] = parse(anonymous.text);
		expect(event!.uid).toBe(`bijeenkomst-${meetingId}@k.example`);
		expect(event!.startDate.toJSDate()).toEqual(new Date('2026-03-10T12:30:00Z'));
		expect(event!.description).not.toContain('meet.example.nl');
		await registerForMeeting(people[0]!.actor, { meetingId, now: NOW });
		const own = await getMeetingIcs(people[0]!.actor, { meetingId, origin: 'https://k.example' });
		expect(parse(own.text)[0]!.description).toContain('https://meet.example.nl/leefklimaat');
		await updateMeeting(coordinator, { meetingId, input: meetingForm({ date: '2026-03-17' }), now: NOW });
		const [moved] = parse((await getMeetingIcs(null, { meetingId, origin: 'https://k.example' })).text);
		expect(moved!.uid).toBe(event!.uid);
		expect(moved!.sequence).toBeGreaterThan(event!.sequence);
	});

	it('serves a personal feed by secret token; a new token replaces the old one', async () => {
		const person = await createActiveParticipant();
		const { id: meetingId } = await createMeeting(coordinator, meetingForm({ title: 'In mijn agenda' }));
		await createMeeting(coordinator, meetingForm({ title: 'Niet in mijn agenda' }));
		await registerForMeeting(person.actor, { meetingId, now: NOW });
		const { token } = await regenerateCalendarFeed(person.actor);
		const events = parse(await getCalendarFeed({ token, origin: 'https://k.example' }));
		expect(events.map((x) => x.summary)).toEqual(['In mijn agenda']);
		const stored = await getDb().select().from(schema.networkCalendarFeed);
		expect(stored.some((row) => row.tokenHash === token)).toBe(false);
		const { token: next } = await regenerateCalendarFeed(person.actor);
		expect(await failure(getCalendarFeed({ token, origin: 'https://k.example' }))).toMatchObject({ code: 'not-found' });
		expect(parse(await getCalendarFeed({ token: next, origin: 'https://k.example' }))).toHaveLength(1);
		expect(await failure(regenerateCalendarFeed(await buildActor()))).toMatchObject({ code: 'forbidden' });
	});
});

describe('attendance, export and linked questions', () => {
	it('records attendance and exports CSV (BOM, ";") and XLSX', async () => {
		const { id: meetingId } = await createMeeting(coordinator, meetingForm());
		const reg = await registerForMeeting(people[0]!.actor, { meetingId, now: NOW });
		expect(await recordAttendance(coordinator, { meetingId, attendance: { [reg.registrationId]: 'yes', [randomUUID()]: 'no' } })).toEqual({
			updated: 1
		});
		const bad = await failure(recordAttendance(coordinator, { meetingId, attendance: { [reg.registrationId]: 'misschien' } }));
		expect(bad.fields[reg.registrationId]).toBe(e.attendance);
		const { registrations } = await listRegistrations(coordinator, { meetingId });
		expect(registrations[0]).toMatchObject({ name: people[0]!.participant.name, status: 'confirmed', attended: true });

		const csv = await exportRegistrations(coordinator, { meetingId, format: 'csv' });
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.body);
		expect(text.startsWith('\uFEFFNaam;E-mail;Organisatie;Status')).toBe(true);
		expect(text).toContain(`${people[0]!.participant.name};${people[0]!.participant.email}`);
		expect(text).toContain(';Aangemeld;');
		const xlsx = await exportRegistrations(coordinator, { meetingId, format: 'xlsx' });
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from(xlsx.body) as never);
		const sheet = workbook.getWorksheet('Aanmeldingen')!;
		expect(sheet.getRow(2).getCell(1).value).toBe(people[0]!.participant.name);
		expect(sheet.getRow(2).getCell(7).value).toBe('ja');
		expect(await failure(exportRegistrations(coordinator, { meetingId, format: 'pdf' }))).toMatchObject({ code: 'invalid-input' });
	});

	it('links questions from the board to a meeting (coordinator only)', async () => {
		const { id: meetingId } = await createMeeting(coordinator, meetingForm());
		const questionId = randomUUID();
		await getDb().insert(schema.networkQuestion).values({ id: questionId, title: 'Hoe groot is klein?', body: 'Vraag', theme: 'team' });
		expect(await failure(linkQuestionToMeeting(people[0]!.actor, questionId, meetingId))).toMatchObject({ code: 'forbidden' });
		await linkQuestionToMeeting(coordinator, questionId, meetingId);
		await linkQuestionToMeeting(coordinator, questionId, meetingId);
		expect(await listQuestionsForMeeting(meetingId)).toEqual([
			{ id: questionId, title: 'Hoe groot is klein?', theme: 'team', status: 'scheduled', voteCount: 0 }
		]);
		expect(await failure(linkQuestionToMeeting(coordinator, randomUUID(), meetingId))).toMatchObject({ code: 'not-found' });
	});
});

describe('privacy', () => {
	it('collects a participant’s registrations and removes them, promoting the waiting list', async () => {
		const leaving = await createActiveParticipant();
		const waiting = await createActiveParticipant();
		const { id: meetingId } = await createMeeting(coordinator, meetingForm({ capacity: '1' }));
		await registerForMeeting(leaving.actor, { meetingId, now: NOW });
		await registerForMeeting(waiting.actor, { meetingId, now: NOW });
		await regenerateCalendarFeed(leaving.actor);
		const data = await collectMeetingData(leaving.participant.id);
		expect(data.hasCalendarFeed).toBe(true);
		expect(data.registrations).toEqual([
			expect.objectContaining({ meetingId, status: 'confirmed', startsAt: '2026-03-10T12:30:00.000Z' })
		]);
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
		await removeMeetingData(leaving.participant.id, NOW);
		expect(await collectMeetingData(leaving.participant.id)).toEqual({ registrations: [], hasCalendarFeed: false });
		expect((await getMeeting(waiting.actor, { meetingId })).ownRegistration).toMatchObject({ status: 'confirmed' });
		expect(await mailsTo(waiting.participant.email)).toHaveLength(1);
	});
});

describe('demo meetings', () => {
	it('seeds a full meeting with a waiting list, an open one and a past one with attendance', async () => {
		for (const name of ['teamleider', 'medewerker', 'gedragswetenschapper', 'beleid']) {
			await createActiveParticipant({ email: `${name}@demo.kleinschalig.nl` });
		}
		const { seedDemoMeetings } = await import('./seed-demo-meetings.ts');
		const before = new Set((await getDb().select({ id: schema.networkMeeting.id }).from(schema.networkMeeting)).map((r) => r.id));
		await seedDemoMeetings(NOW);
		const seeded = (await getDb().select().from(schema.networkMeeting)).filter((row) => !before.has(row.id));
		expect(seeded).toHaveLength(3);
		const byTitle = (part: string) => seeded.find((row) => row.title.includes(part))!;
		const full = await listRegistrations(coordinator, { meetingId: byTitle('vast team').id });
		expect(full.registrations.map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'waiting']);
		const past = await listRegistrations(coordinator, { meetingId: byTitle('Startbijeenkomst').id });
		expect(past.registrations.map((r) => r.attended)).toEqual([true, true, false]);
		expect(byTitle('Startbijeenkomst').endsAt.getTime()).toBeLessThan(NOW.getTime());
	});
});
