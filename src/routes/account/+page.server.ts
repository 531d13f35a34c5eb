import { changePassword } from '$lib/server/auth/change-password';
import { formFailure, textFields } from '$lib/server/auth/form-failure';
import { requireUser } from '$lib/server/auth/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const joinedId = event.url.searchParams.get('lid');
	const joined = user.organizations.find((o) => o.id === joinedId)?.name ?? null;
	return { account: user, joined };
};

export const actions: Actions = {
	wachtwoord: async (event) => {
		requireUser(event);
		const values = textFields(await event.request.formData(), 'currentPassword', 'password', 'passwordRepeat');
		try {
			await changePassword({ ...values, headers: event.request.headers });
		} catch (err) {
			return formFailure(err);
		}
		return { passwordChanged: true };
	}
};
