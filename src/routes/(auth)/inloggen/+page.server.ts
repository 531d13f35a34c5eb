import { redirect } from '@sveltejs/kit';
import { m } from '$lib/i18n/nl';
import { formFailure, textFields } from '$lib/server/auth/form-failure';
import { resendVerification } from '$lib/server/auth/resend-verification';
import { safeReturnPath } from '$lib/server/auth/return-path';
import { signIn } from '$lib/server/auth/sign-in';
import { isAppError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const terug = safeReturnPath(url.searchParams.get('terug'));
	if (locals.user) redirect(303, terug);
	return { terug };
};

export const actions: Actions = {
	inloggen: async (event) => {
		const values = textFields(await event.request.formData(), 'email', 'password', 'terug');
		try {
			await signIn({
				email: values.email,
				password: values.password,
				ip: event.getClientAddress(),
				headers: event.request.headers
			});
		} catch (err) {
			const unverified = isAppError(err) && err.message === m.auth.errors.notVerified;
			return formFailure(err, { email: values.email, terug: values.terug }, { unverified });
		}
		redirect(303, safeReturnPath(values.terug));
	},
	opnieuwSturen: async (event) => {
		const values = textFields(await event.request.formData(), 'email', 'terug');
		try {
			await resendVerification({ email: values.email, ip: event.getClientAddress() });
		} catch (err) {
			return formFailure(err, { email: values.email, terug: values.terug });
		}
		return { resent: true, values: { email: values.email, terug: values.terug } };
	}
};
