import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { signOut } from '$lib/server/auth/sign-out';
import { deleteParticipantAccount } from '$lib/server/netwerk/delete-participant-account';
import { exportParticipantData } from '$lib/server/netwerk/export-participant-data';
import { findActiveParticipantByUserId } from '$lib/server/netwerk/find-participant';
import { formText, networkFormFailure } from '../form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const participant = await findActiveParticipantByUserId(user.id);
	if (!participant) return { participant: null, summary: null };
	const data = await exportParticipantData(user);
	return {
		participant,
		summary: { questions: data.questions.length, replies: data.replies.length, votes: data.votes.length }
	};
};

export const actions: Actions = {
	delete: async (event) => {
		const user = requireUser(event);
		const values = formText(await event.request.formData(), 'confirm');
		try {
			await deleteParticipantAccount(user, values);
		} catch (err) {
			return networkFormFailure(err, {}, 'delete');
		}
		// The sessions went with the account; this also clears the now useless cookie.
		await signOut(event.request.headers);
		for (const cookie of event.cookies.getAll()) {
			if (cookie.name.includes('session')) event.cookies.delete(cookie.name, { path: '/' });
		}
		redirect(303, '/leernetwerk/mijn-gegevens/verwijderd');
	}
};
