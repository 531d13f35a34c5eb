import { formFailure, textFields } from '$lib/server/auth/form-failure';
import { requestPasswordReset } from '$lib/server/auth/request-password-reset';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const values = textFields(await event.request.formData(), 'email');
		try {
			await requestPasswordReset({ email: values.email, ip: event.getClientAddress() });
		} catch (err) {
			return formFailure(err, values);
		}
		return { sent: true };
	}
};
