import { requireUser } from '$lib/server/auth/guards';
import { cancelRegistration } from '$lib/server/netwerk/meetings/cancel-registration';
import { getMeeting } from '$lib/server/netwerk/meetings/get-meeting';
import { registerForMeeting } from '$lib/server/netwerk/meetings/register-for-meeting';
import { meetingFormFailure, meetingPageError } from '../page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		return {
			meeting: await getMeeting(locals.user, { meetingId: params.id }),
			isLoggedIn: !!locals.user,
			notice: url.searchParams.has('aangemaakt') ? 'created' : url.searchParams.has('opgeslagen') ? 'saved' : null
		};
	} catch (err) {
		meetingPageError(err, url);
	}
};

export const actions: Actions = {
	aanmelden: async (event) => {
		const user = requireUser(event);
		try {
			const result = await registerForMeeting(user, { meetingId: event.params.id });
			return { registered: result.status };
		} catch (err) {
			return meetingFormFailure(err);
		}
	},
	afmelden: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		try {
			await cancelRegistration(user, { registrationId: String(form.get('registrationId') ?? '') });
			return { cancelled: true };
		} catch (err) {
			return meetingFormFailure(err);
		}
	}
};
