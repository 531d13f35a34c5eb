import { redirect } from '@sveltejs/kit';
import { formFailure, textFields } from '$lib/server/auth/form-failure';
import { signUp } from '$lib/server/auth/sign-up';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, '/account');
};

export const actions: Actions = {
	default: async (event) => {
		const values = textFields(await event.request.formData(), 'name', 'email', 'password', 'passwordRepeat');
		try {
			await signUp({ ...values, ip: event.getClientAddress(), headers: event.request.headers });
		} catch (err) {
			return formFailure(err, { name: values.name, email: values.email });
		}
		redirect(303, '/registreren/verstuurd');
	}
};
