import { redirect } from '@sveltejs/kit';
import { meetingValuesFromForm } from '$lib/netwerk/meetings/meeting-input';
import { requireRole } from '$lib/server/auth/guards';
import { createMeeting } from '$lib/server/netwerk/meetings/create-meeting';
import { meetingFormFailure } from '../page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'coordinator');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'coordinator');
		const values = meetingValuesFromForm(await event.request.formData());
		let id: string;
		try {
			id = (await createMeeting(user, values)).id;
		} catch (err) {
			return meetingFormFailure(err, values);
		}
		redirect(303, `/leernetwerk/bijeenkomsten/${id}?aangemaakt`);
	}
};
