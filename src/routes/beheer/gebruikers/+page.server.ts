import { listUsers } from '$lib/server/accounts/list-users';
import { setUserBlocked } from '$lib/server/accounts/set-user-blocked';
import { setUserRole } from '$lib/server/accounts/set-user-role';
import { formFailure, textFields } from '$lib/server/auth/form-failure';
import { requireRole } from '$lib/server/auth/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin');
	const search = event.url.searchParams.get('zoek') ?? '';
	const list = await listUsers(user, { search, page: event.url.searchParams.get('pagina') ?? 1 });
	return { list, search, userId: user.id };
};

export const actions: Actions = {
	rolWijzigen: async (event) => {
		const user = requireRole(event, 'admin');
		const values = textFields(await event.request.formData(), 'userId', 'role', 'name');
		try {
			await setUserRole(user, values);
		} catch (err) {
			return formFailure(err);
		}
		return { done: 'role', name: values.name };
	},
	blokkeren: async (event) => {
		const user = requireRole(event, 'admin');
		const values = textFields(await event.request.formData(), 'userId', 'blocked', 'name');
		try {
			await setUserBlocked(user, { userId: values.userId, blocked: values.blocked === 'true' });
		} catch (err) {
			return formFailure(err);
		}
		return { done: values.blocked === 'true' ? 'blocked' : 'unblocked', name: values.name };
	}
};
