import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/i18n/nl';
import { homeFormValuesOf, homeInputFromForm } from '$lib/register/home-form';
import { requireUser } from '$lib/server/auth/guards';
import { deleteHome } from '$lib/server/register/delete-home';
import { getHome } from '$lib/server/register/get-home';
import { setHomeArchived } from '$lib/server/register/set-home-archived';
import { updateHome } from '$lib/server/register/update-home';
import { homeFormFailure, pageError } from '../../page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

/** The home if the user may change it; 403 for everyone else (also for plain members). */
async function editableHome(event: { locals: App.Locals; url: URL; params: { id: string } }) {
	const user = requireUser(event);
	const home = await getHome(user, { homeId: event.params.id }).catch((err: unknown) => pageError(err, event.url));
	if (!home.canEdit) error(403, m.auth.errors.notManager);
	return { user, home };
}

export const load: PageServerLoad = async (event) => {
	const { home } = await editableHome(event);
	return { home, values: homeFormValuesOf(home.input) };
};

export const actions: Actions = {
	opslaan: async (event) => {
		const { user, home } = await editableHome(event);
		const values = homeInputFromForm(await event.request.formData());
		// The roster has its own page; this form keeps the stored one.
		const input = { ...values, roster: home.input.roster };
		try {
			await updateHome(user, { homeId: home.id, input });
		} catch (err) {
			return homeFormFailure(err, values);
		}
		redirect(303, `/register/${home.id}?opgeslagen`);
	},
	archiveren: async (event) => {
		const { user, home } = await editableHome(event);
		try {
			await setHomeArchived(user, { homeId: home.id, archived: home.status !== 'archived' });
		} catch (err) {
			return homeFormFailure(err, {});
		}
		return { archived: home.status !== 'archived' };
	},
	verwijderen: async (event) => {
		const { user, home } = await editableHome(event);
		const form = await event.request.formData();
		if (form.get('bevestig') !== 'ja') {
			return fail(400, {
				message: m.registerUi.edit.deleteConfirmMissing,
				errors: { bevestig: m.registerUi.edit.deleteConfirmMissing },
				values: {}
			});
		}
		try {
			await deleteHome(user, { homeId: home.id });
		} catch (err) {
			return homeFormFailure(err, {});
		}
		redirect(303, '/register/beheer?verwijderd');
	}
};
