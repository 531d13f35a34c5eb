import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/i18n/nl';
import { homeInputFromForm } from '$lib/register/home-form';
import { requireUser } from '$lib/server/auth/guards';
import type { SessionUser } from '$lib/server/auth/types';
import { createHome } from '$lib/server/register/create-home';
import { homeFormFailure, withoutRemovedRows } from '../../page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

/** The provider organisations the user manages (for admins: every provider they belong to). */
function managedProviders(user: SessionUser) {
	return user.organizations
		.filter((o) => o.kind === 'provider' && (o.role === 'manager' || user.role === 'admin'))
		.map((o) => ({ id: o.id, name: o.name }));
}

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const organizations = managedProviders(user);
	if (organizations.length === 0) error(403, m.registerUi.edit.noManagerOrganization);
	const wanted = event.url.searchParams.get('organisatie');
	const organizationId = organizations.some((o) => o.id === wanted) ? wanted! : organizations[0]!.id;
	return { organizations, organizationId };
};

export const actions: Actions = {
	opslaan: async (event) => {
		const user = requireUser(event);
		const form = withoutRemovedRows(await event.request.formData());
		const organizationId = String(form.get('_organisatie') ?? '');
		const values = homeInputFromForm(form);
		let id: string;
		try {
			// createHome refuses organisations the user does not manage (AppError 'forbidden').
			id = (await createHome(user, { organizationId, input: values })).id;
		} catch (err) {
			return homeFormFailure(err, { ...values, _organisatie: organizationId });
		}
		redirect(303, `/register/${id}?nieuw`);
	},
	meerRijen: async (event) => {
		requireUser(event);
		const form = withoutRemovedRows(await event.request.formData());
		return { more: true, values: { ...homeInputFromForm(form), _organisatie: String(form.get('_organisatie') ?? '') } };
	}
};
