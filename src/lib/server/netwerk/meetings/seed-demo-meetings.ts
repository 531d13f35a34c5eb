import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import { toAmsterdam } from '../../../netwerk/meetings/amsterdam-time.ts';
import { systemActor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { DEMO_EMAIL_DOMAIN } from '../../demo/demo-accounts.ts';
import { createMeeting } from './create-meeting.ts';
import { linkQuestionToMeeting } from './link-question.ts';
import { registerForMeeting } from './register-for-meeting.ts';

// Synthetic meetings for the demo: one full with a waiting list, one with seats left, one in the
// past with attendance recorded. Uses the demo participants that seedDemoNetwork created.

const day = 24 * 3_600_000;

/** The form date of the day `days` from now, in Amsterdam time. */
const dateIn = (now: Date, days: number) => toAmsterdam(new Date(now.getTime() + days * day)).date;

/** Seeds the demo meetings (only called on an empty database, after seedDemoNetwork). */
export async function seedDemoMeetings(now: Date = new Date()): Promise<void> {
	const emails = ['teamleider', 'medewerker', 'gedragswetenschapper', 'beleid', 'begeleider'].map((n) => `${n}@${DEMO_EMAIL_DOMAIN}`);
	const p = schema.networkParticipant;
	const found = await getDb()
		.select({ id: p.id, userId: p.userId, email: p.email })
		.from(p)
		.where(inArray(p.email, emails));
	const people = emails
		.map((email) => found.find((row) => row.email === email))
		.filter((row): row is { id: string; userId: string; email: string } => !!row?.userId);
	const actorOf = (person: { userId: string }) => ({ id: person.userId, role: 'user' });

	const full = await createMeeting(systemActor, {
		title: 'Een vast team in een klein huis',
		theme: 'team',
		date: dateIn(now, 21),
		startTime: '13:30',
		endTime: '16:30',
		location: 'Demo: Nederlands Jeugdinstituut, Catharijnesingel 47, Utrecht',
		capacity: 2,
		description:
			'Hoe houd je een team klein en vast, ook bij ziekte en verlof? Twee huizen vertellen hoe zij dat doen. Daarna praten we in kleine groepen verder.',
		articleSlugs: ['begeleiding-en-team']
	});
	for (const person of people.slice(0, 3)) await registerForMeeting(actorOf(person), { meetingId: full.id, now });
	const [teamQuestion] = await getDb()
		.select({ id: schema.networkQuestion.id })
		.from(schema.networkQuestion)
		.where(eq(schema.networkQuestion.theme, 'team'))
		.orderBy(asc(schema.networkQuestion.createdAt))
		.limit(1);
	if (teamQuestion) await linkQuestionToMeeting(systemActor, teamQuestion.id, full.id);

	const open = await createMeeting(systemActor, {
		title: 'Onderwijs en zorg: samen één arrangement',
		theme: 'onderwijs',
		date: dateIn(now, 63),
		startTime: '10:00',
		endTime: '12:30',
		onlineUrl: 'https://vergadering.example.nl/demo-onderwijs',
		capacity: 30,
		description: 'Een online bijeenkomst over onderwijs voor jongeren die (nog) niet naar een gewone school kunnen.',
		articleSlugs: []
	});
	if (people[3]) await registerForMeeting(actorOf(people[3]), { meetingId: open.id, now });

	// A past meeting cannot be registered for any more, so its registrations are stored directly.
	const past = await createMeeting(systemActor, {
		title: 'Startbijeenkomst: wat is kleinschalig verblijf?',
		theme: 'wat-is-kleinschalig-verblijf',
		date: dateIn(now, -42),
		startTime: '13:00',
		endTime: '16:00',
		location: 'Demo: Utrecht',
		capacity: 20,
		description: 'De eerste bijeenkomst van het netwerk, over de gezamenlijke definitie.',
		articleSlugs: ['wat-is-kleinschalig-verblijf']
	});
	const registeredAt = new Date(now.getTime() - 60 * day);
	for (const [i, person] of people.slice(0, 3).entries()) {
		await getDb()
			.insert(schema.networkMeetingRegistration)
			.values({
				id: randomUUID(),
				meetingId: past.id,
				participantId: person.id,
				status: 'confirmed',
				queueNumber: i + 1,
				registeredAt,
				attended: i < 2
			});
	}
}
