import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createActiveParticipant } from '../../../../tests/factories/netwerk.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { isAppError } from '../errors.ts';
import { deleteParticipantAccount } from './delete-participant-account.ts';
import { exportParticipantData } from './export-participant-data.ts';
import { getQuestion } from './get-question.ts';
import { createMeeting } from './meetings/create-meeting.ts';
import { registerForMeeting } from './meetings/register-for-meeting.ts';
import { postQuestion } from './post-question.ts';
import { postReply } from './post-reply.ts';
import { setQuestionStatus } from './set-question-status.ts';
import { toggleVote } from './toggle-vote.ts';

const meeting = {
	title: 'Leefklimaat in kleine groepen',
	theme: 'leefklimaat',
	date: '2027-03-10',
	startTime: '13:30',
	endTime: '16:00',
	location: 'Utrecht',
	capacity: '1',
	description: 'Een middag over leefklimaat.'
};
const before = new Date('2027-01-05T10:00:00Z');

describe('a participant’s own data', () => {
	it('exports everything about the participant and nothing about others; others cannot export', async () => {
		const me = await createActiveParticipant({ name: 'Ik Zelf' });
		const other = await createActiveParticipant({ name: 'Iemand Anders' });
		const coordinator = await createActiveParticipant({ platformRole: 'coordinator' });
		const mine = await postQuestion(me.actor, { title: 'Mijn vraag', body: 'Tekst', theme: 'team' });
		const theirs = await postQuestion(other.actor, { title: 'Hun vraag', body: 'Tekst', theme: 'team' });
		await postReply(me.actor, theirs.id, { body: 'Mijn reactie' });
		await postReply(other.actor, mine.id, { body: 'Hun reactie' });
		await toggleVote(me.actor, theirs.id);
		const { id: meetingId } = await createMeeting(coordinator.actor, meeting);
		await registerForMeeting(me.actor, { meetingId, now: before });

		const data = await exportParticipantData(me.actor);
		expect(data.participant).toMatchObject({ name: 'Ik Zelf', email: me.participant.email });
		expect(data.consents[0]).toMatchObject({ kind: 'registration' });
		expect(data.questions.map((q) => q.title)).toEqual(['Mijn vraag']);
		expect(data.replies.map((r) => r.body)).toEqual(['Mijn reactie']);
		expect(data.votes).toMatchObject([{ questionId: theirs.id, questionTitle: 'Hun vraag' }]);
		expect(data.meetings.registrations).toMatchObject([{ meetingId, status: 'confirmed' }]);
		expect(JSON.stringify(data)).not.toContain('Iemand Anders');

		const stranger: Actor = { id: 'not-a-participant', role: 'admin' };
		await expect(exportParticipantData(stranger)).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('deletes the account: registrations go (the waiting list moves up), questions and replies stay anonymised', async () => {
		const me = await createActiveParticipant({ name: 'Vertrekker' });
		const waiting = await createActiveParticipant({ name: 'Wachtende' });
		const coordinator = await createActiveParticipant({ platformRole: 'coordinator' });
		const { id: meetingId } = await createMeeting(coordinator.actor, meeting);
		await registerForMeeting(me.actor, { meetingId, now: before });
		await registerForMeeting(waiting.actor, { meetingId, now: before });
		const question = await postQuestion(me.actor, { title: 'Blijft staan', body: 'Tekst', theme: 'team' });
		await postReply(me.actor, question.id, { body: 'Ook deze blijft' });
		await toggleVote(me.actor, question.id);
		await toggleVote(waiting.actor, question.id);

		try {
			await deleteParticipantAccount(me.actor, { confirm: 'ja' });
			throw new Error('expected a refusal');
		} catch (err) {
			expect(isAppError(err) && err.fieldErrors[0]).toMatchObject({
				path: 'confirm',
				message: expect.stringMatching(/VERWIJDER/)
			});
		}
		await expect(
			deleteParticipantAccount({ id: 'nobody', role: 'user' }, { confirm: 'VERWIJDER' })
		).rejects.toMatchObject({ code: 'forbidden' });

		await deleteParticipantAccount(me.actor, { confirm: 'VERWIJDER' });
		const db = getDb();
		expect(await db.select().from(schema.user).where(eq(schema.user.id, me.userId))).toHaveLength(0);
		expect(
			await db
				.select()
				.from(schema.networkParticipant)
				.where(eq(schema.networkParticipant.id, me.participant.id))
		).toHaveLength(0);
		const kept = await getQuestion(question.id);
		expect(kept).toMatchObject({ title: 'Blijft staan', authorName: null, votes: 2 });
		expect(kept!.replies).toMatchObject([{ body: 'Ook deze blijft', authorName: null }]);
		const registrations = await db
			.select()
			.from(schema.networkMeetingRegistration)
			.where(eq(schema.networkMeetingRegistration.meetingId, meetingId));
		expect(registrations).toMatchObject([{ participantId: waiting.participant.id, status: 'confirmed' }]);
	});

	it('puts a question on a meeting’s agenda through the meetings part', async () => {
		const me = await createActiveParticipant();
		const coordinator = await createActiveParticipant({ platformRole: 'coordinator' });
		const { id: meetingId } = await createMeeting(coordinator.actor, meeting);
		const { id } = await postQuestion(me.actor, { title: 'Agendavraag', body: 'Tekst', theme: 'team' });
		await expect(setQuestionStatus(coordinator.actor, id, { status: 'scheduled' })).rejects.toMatchObject({
			fieldErrors: [{ path: 'meetingId' }]
		});
		await expect(
			setQuestionStatus(coordinator.actor, id, { status: 'scheduled', meetingId: 'onbekend' })
		).rejects.toMatchObject({ fieldErrors: [{ path: 'meetingId' }] });
		await setQuestionStatus(coordinator.actor, id, { status: 'scheduled', meetingId });
		expect(await getQuestion(id)).toMatchObject({ status: 'scheduled' });
		expect(
			await getDb().select().from(schema.meetingQuestion).where(eq(schema.meetingQuestion.questionId, id))
		).toMatchObject([{ meetingId, questionId: id }]);
	});
});
