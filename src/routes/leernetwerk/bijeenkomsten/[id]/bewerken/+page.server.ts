import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/i18n/nl';
import { meetingValuesFromForm } from '$lib/netwerk/meetings/meeting-input';
import { requireRole } from '$lib/server/auth/guards';
import { cancelMeeting } from '$lib/server/netwerk/meetings/cancel-meeting';
import { getMeeting } from '$lib/server/netwerk/meetings/get-meeting';
import { linkQuestionToMeeting } from '$lib/server/netwerk/meetings/link-question';
import { listLinkableQuestions } from '$lib/server/netwerk/meetings/list-linkable-questions';
import { unlinkQuestionFromMeeting } from '$lib/server/netwerk/meetings/unlink-question';
import { updateMeeting } from '$lib/server/netwerk/meetings/update-meeting';
import { meetingFormFailure, meetingPageError } from '../../page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'coordinator');
	try {
		const meeting = await getMeeting(user, { meetingId: event.params.id });
		if (meeting.isCancelled) error(409, m.netwerk.meetings.errors.alreadyCancelled);
		return { meeting, linkable: await listLinkableQuestions(user, { meetingId: meeting.id }) };
	} catch (err) {
		meetingPageError(err, event.url);
	}
};

export const actions: Actions = {
	opslaan: async (event) => {
		const user = requireRole(event, 'coordinator');
		const values = meetingValuesFromForm(await event.request.formData());
		try {
			await updateMeeting(user, { meetingId: event.params.id, input: values });
		} catch (err) {
			return meetingFormFailure(err, values);
		}
		redirect(303, `/leernetwerk/bijeenkomsten/${event.params.id}?opgeslagen`);
	},
	afgelasten: async (event) => {
		const user = requireRole(event, 'coordinator');
		try {
			await cancelMeeting(user, { meetingId: event.params.id });
		} catch (err) {
			return meetingFormFailure(err);
		}
		redirect(303, `/leernetwerk/bijeenkomsten/${event.params.id}`);
	},
	vraagKoppelen: async (event) => {
		const user = requireRole(event, 'coordinator');
		const questionId = String((await event.request.formData()).get('questionId') ?? '');
		try {
			await linkQuestionToMeeting(user, questionId, event.params.id);
			return { linked: true };
		} catch (err) {
			return meetingFormFailure(err);
		}
	},
	vraagOntkoppelen: async (event) => {
		const user = requireRole(event, 'coordinator');
		const questionId = String((await event.request.formData()).get('questionId') ?? '');
		try {
			await unlinkQuestionFromMeeting(user, questionId, event.params.id);
			return { unlinked: true };
		} catch (err) {
			return meetingFormFailure(err);
		}
	}
};
