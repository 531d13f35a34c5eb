import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { findActiveParticipantByUserId } from '$lib/server/netwerk/find-participant';
import { listQuestions, questionQuerySchema } from '$lib/server/netwerk/list-questions';
import { postQuestion } from '$lib/server/netwerk/post-question';
import { toggleVote } from '$lib/server/netwerk/toggle-vote';
import { formText, networkFormFailure } from '../form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = questionQuerySchema.parse(Object.fromEntries(url.searchParams));
	const participant = locals.user ? await findActiveParticipantByUserId(locals.user.id) : null;
	return {
		query,
		result: await listQuestions(query, { participantId: participant?.id ?? null }),
		isParticipant: !!participant,
		signedIn: !!locals.user
	};
};

export const actions: Actions = {
	ask: async (event) => {
		const user = requireUser(event);
		const values = formText(await event.request.formData(), 'title', 'body', 'theme');
		let id: string;
		try {
			({ id } = await postQuestion(user, values));
		} catch (err) {
			return networkFormFailure(err, values, 'ask');
		}
		redirect(303, `/leernetwerk/vragen/${id}?geplaatst`);
	},
	vote: async (event) => {
		const user = requireUser(event);
		const { questionId } = formText(await event.request.formData(), 'questionId');
		try {
			await toggleVote(user, questionId);
		} catch (err) {
			return networkFormFailure(err, {}, 'vote');
		}
		return { voted: questionId };
	}
};
