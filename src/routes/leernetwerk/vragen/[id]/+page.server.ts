import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { isCoordinator } from '$lib/server/netwerk/access';
import { findActiveParticipantByUserId } from '$lib/server/netwerk/find-participant';
import { getQuestion } from '$lib/server/netwerk/get-question';
import { postReply } from '$lib/server/netwerk/post-reply';
import { setQuestionStatus } from '$lib/server/netwerk/set-question-status';
import { toggleVote } from '$lib/server/netwerk/toggle-vote';
import { listMeetings } from '$lib/server/netwerk/meetings/list-meetings';
import { m } from '$lib/i18n/nl';
import { formText, networkFormFailure } from '../../form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const participant = locals.user ? await findActiveParticipantByUserId(locals.user.id) : null;
	const question = await getQuestion(params.id, { participantId: participant?.id ?? null });
	if (!question) error(404, m.netwerk.errors.questionNotFound);
	const coordinator = !!locals.user && isCoordinator(locals.user);
	// The coordinator picks the meeting whose agenda takes the question up (upcoming ones).
	const meetings = coordinator
		? (await listMeetings(locals.user, { when: 'upcoming' })).items.filter((mt) => !mt.isCancelled)
		: [];
	return {
		meetings: meetings.map((mt) => ({ id: mt.id, title: mt.title, startsAt: mt.startsAt })),
		question,
		isParticipant: !!participant,
		isCoordinator: coordinator,
		signedIn: !!locals.user,
		posted: url.searchParams.has('geplaatst')
	};
};

export const actions: Actions = {
	vote: async (event) => {
		const user = requireUser(event);
		try {
			await toggleVote(user, event.params.id);
		} catch (err) {
			return networkFormFailure(err, {}, 'vote');
		}
		return { voted: true };
	},
	reply: async (event) => {
		const user = requireUser(event);
		const values = formText(await event.request.formData(), 'body');
		try {
			await postReply(user, event.params.id, values);
		} catch (err) {
			return networkFormFailure(err, values, 'reply');
		}
		return { replied: true };
	},
	status: async (event) => {
		const user = requireUser(event);
		const values = formText(
			await event.request.formData(),
			'status',
			'meetingId',
			'answerArticleSlug',
			'answerReplyId'
		);
		try {
			await setQuestionStatus(user, event.params.id, values);
		} catch (err) {
			return networkFormFailure(err, values, 'status');
		}
		return { statusSaved: true };
	}
};
