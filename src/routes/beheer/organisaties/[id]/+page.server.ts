import { error } from '@sveltejs/kit';
import { addManagerByEmail } from '$lib/server/accounts/add-manager-by-email';
import { getOrganization } from '$lib/server/accounts/get-organization';
import { formFailure, textFields } from '$lib/server/auth/form-failure';
import { requireRole } from '$lib/server/auth/guards';
import { isAppError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin');
	try {
		return { organization: await getOrganization(user, event.params.id) };
	} catch (err) {
		if (isAppError(err) && err.code === 'not-found') error(404, err.message);
		throw err;
	}
};

export const actions: Actions = {
	beheerderToevoegen: async (event) => {
		const user = requireRole(event, 'admin');
		const values = textFields(await event.request.formData(), 'email');
		try {
			const added = await addManagerByEmail(user, { organizationId: event.params.id, email: values.email });
			return { added: added.name };
		} catch (err) {
			return formFailure(err, values);
		}
	}
};
