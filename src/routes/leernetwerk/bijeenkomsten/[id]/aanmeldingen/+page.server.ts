import { requireRole } from '$lib/server/auth/guards';
import { listRegistrations } from '$lib/server/netwerk/meetings/list-registrations';
import { recordAttendance } from '$lib/server/netwerk/meetings/record-attendance';
import { meetingFormFailure, meetingPageError } from '../../page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'coordinator');
	try {
		return await listRegistrations(user, { meetingId: event.params.id });
	} catch (err) {
		meetingPageError(err, event.url);
	}
};

export const actions: Actions = {
	aanwezigheid: async (event) => {
		const user = requireRole(event, 'coordinator');
		const form = await event.request.formData();
		// One radio group per registration: "aanwezig-<registrationId>" = yes | no | ''.
		const attendance = Object.fromEntries(
			[...form.entries()]
				.filter(([name]) => name.startsWith('aanwezig-'))
				.map(([name, value]) => [name.slice('aanwezig-'.length), String(value)])
		);
		try {
			await recordAttendance(user, { meetingId: event.params.id, attendance });
			return { saved: true };
		} catch (err) {
			return meetingFormFailure(err);
		}
	}
};
