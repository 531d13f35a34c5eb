import { beforeEach, describe, expect, it } from 'vitest';
import { createActiveParticipant, fieldErrors } from '../../../../tests/factories/netwerk.ts';
import type { Actor } from '../accounts/actor.ts';
import { createUser } from '../accounts/create-user.ts';
import { getDb, schema } from '../db/index.ts';
import { getQuestion } from './get-question.ts';
import { listQuestions, questionQuerySchema } from './list-questions.ts';
import { postQuestion } from './post-question.ts';
import { postReply } from './post-reply.ts';
import { setQuestionStatus } from './set-question-status.ts';
import { toggleVote } from './toggle-vote.ts';

const query = (q: Record<string, string> = {}) => questionQuerySchema.parse(q);
const t = (day: number) => new Date(Date.UTC(2026, 10, day, 9));

describe('the questions board', () => {
	beforeEach(async () => {
		await getDb().delete(schema.networkQuestion);
	});

	it('rejects a bad question with a Dutch message per field', async () => {
		const { actor } = await createActiveParticipant();
		const errors = await fieldErrors(
			postQuestion(actor, { title: '', body: 'x'.repeat(5001), theme: 'astrologie' })
		);
		expect(errors).toEqual({
			title: 'Vul een titel in.',
			body: 'De tekst mag hoogstens 5000 tekens lang zijn.',
			theme: 'Kies een thema uit de lijst.'
		});
		expect((await fieldErrors(postReply(actor, 'x', { body: '  ' }))).body).toBe('Vul de tekst in.');
	});

	it('lets only active participants post, vote and reply', async () => {
		const { actor } = await createActiveParticipant();
		const { id } = await postQuestion(actor, { title: 'Vraag', body: 'Tekst', theme: 'team' });
		const outsider: Actor = {
			id: (await createUser({ name: 'Buiten', email: 'buiten@example.org', password: 'Wachtwoord-2026' })).id,
			role: 'user'
		};
		const anonymous: Actor = { id: '', role: 'user' };
		for (const who of [outsider, anonymous]) {
			await expect(postQuestion(who, { title: 'Vraag', body: 'Tekst', theme: 'team' })).rejects.toMatchObject(
				{ code: 'forbidden' }
			);
			await expect(toggleVote(who, id)).rejects.toMatchObject({ code: 'forbidden' });
			await expect(postReply(who, id, { body: 'Hoi' })).rejects.toMatchObject({ code: 'forbidden' });
		}
	});

	it('counts one vote per participant: voting again withdraws it', async () => {
		const a = await createActiveParticipant();
		const b = await createActiveParticipant();
		const { id } = await postQuestion(a.actor, { title: 'Stemvraag', body: 'Tekst', theme: 'team' });
		expect(await toggleVote(a.actor, id)).toEqual({ voted: true, votes: 1 });
		expect(await toggleVote(b.actor, id)).toEqual({ voted: true, votes: 2 });
		expect(await toggleVote(a.actor, id)).toEqual({ voted: false, votes: 1 });
		// Two clicks at the same moment still leave at most one vote.
		await Promise.allSettled([toggleVote(b.actor, id), toggleVote(b.actor, id)]);
		const q = await getQuestion(id, { participantId: b.participant.id });
		expect([0, 1]).toContain(q!.votes);
		await expect(toggleVote(a.actor, 'unknown')).rejects.toMatchObject({ code: 'not-found' });
	});

	it('sorts by votes and by newest, filters by theme and pages', async () => {
		const a = await createActiveParticipant();
		const b = await createActiveParticipant();
		const old = await postQuestion(
			a.actor,
			{ title: 'Oud maar populair', body: 'x', theme: 'onderwijs' },
			t(1)
		);
		const fresh = await postQuestion(a.actor, { title: 'Nieuw', body: 'x', theme: 'team' }, t(20));
		await toggleVote(a.actor, old.id);
		await toggleVote(b.actor, old.id);
		const byVotes = await listQuestions(query({ sort: 'votes' }), { participantId: a.participant.id });
		expect(byVotes.items.slice(0, 2).map((q) => q.id)).toEqual([old.id, fresh.id]);
		expect(byVotes.items[0]).toMatchObject({ votes: 2, voted: true });
		const newest = await listQuestions(query({ sort: 'newest' }));
		expect(newest.items[0]!.id).toBe(fresh.id);
		const team = await listQuestions(query({ theme: 'onderwijs' }));
		expect(team.items.every((q) => q.theme === 'onderwijs')).toBe(true);
		const paged = await listQuestions(query({ page: '2' }), undefined, 1);
		expect(paged).toMatchObject({ page: 2, pageSize: 1 });
		expect(paged.items).toHaveLength(1);
		// Nonsense in the query string falls back instead of failing.
		expect(query({ sort: 'raar', theme: 'x', page: '-3' })).toEqual({
			sort: 'votes',
			theme: undefined,
			page: 1
		});
	});

	it('lets only the coordinator set the status, with an answer link when answered', async () => {
		const a = await createActiveParticipant();
		const coordinator = await createActiveParticipant({ platformRole: 'coordinator' });
		const { id } = await postQuestion(a.actor, { title: 'Statusvraag', body: 'x', theme: 'team' });
		const reply = await postReply(a.actor, id, { body: 'Dit is het antwoord.' });
		await expect(setQuestionStatus(a.actor, id, { status: 'scheduled' })).rejects.toMatchObject({
			code: 'forbidden'
		});
		expect(
			(await fieldErrors(setQuestionStatus(coordinator.actor, id, { status: 'gesloten' }))).status
		).toMatch(/status/);
		expect(
			(await fieldErrors(setQuestionStatus(coordinator.actor, id, { status: 'answered' }))).answerArticleSlug
		).toMatch(/artikel of de reactie/);
		expect(
			(
				await fieldErrors(
					setQuestionStatus(coordinator.actor, id, { status: 'answered', answerArticleSlug: 'Geen Slug!' })
				)
			).answerArticleSlug
		).toMatch(/slug/);
		expect(
			(
				await fieldErrors(
					setQuestionStatus(coordinator.actor, id, { status: 'answered', answerReplyId: 'elders' })
				)
			).answerReplyId
		).toMatch(/reactie/);
		await setQuestionStatus(coordinator.actor, id, {
			status: 'answered',
			answerArticleSlug: 'leefklimaat',
			answerReplyId: reply.id
		});
		expect(await getQuestion(id)).toMatchObject({
			status: 'answered',
			answerArticleSlug: 'leefklimaat',
			answerReplyId: reply.id
		});
		await setQuestionStatus(coordinator.actor, id, { status: 'open' });
		expect(await getQuestion(id)).toMatchObject({
			status: 'open',
			answerArticleSlug: null,
			answerReplyId: null
		});
	});
});
