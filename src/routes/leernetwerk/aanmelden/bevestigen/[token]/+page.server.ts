import { confirmParticipant, getConfirmation } from '$lib/server/netwerk/confirm-participant';
import { formText, networkFormFailure } from '../../../form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => ({
	confirmation: await getConfirmation(params.token)
});

export const actions: Actions = {
	default: async ({ params, request }) => {
		const values = formText(await request.formData(), 'password', 'passwordRepeat');
		try {
			await confirmParticipant({ token: params.token, ...values });
		} catch (err) {
			return networkFormFailure(err);
		}
		return { confirmed: true };
	}
};
