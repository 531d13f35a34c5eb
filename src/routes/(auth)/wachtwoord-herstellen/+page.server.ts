import { formFailure, textFields } from '$lib/server/auth/form-failure';
import { resetPassword } from '$lib/server/auth/reset-password';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	return { token: url.searchParams.get('token') ?? '' };
};

export const actions: Actions = {
	default: async (event) => {
		const values = textFields(await event.request.formData(), 'token', 'password', 'passwordRepeat');
		try {
			await resetPassword(values);
		} catch (err) {
			return formFailure(err, { token: values.token });
		}
		return { done: true };
	}
};
