import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/i18n/nl';
import { requireUser } from '$lib/server/auth/guards';
import { httpStatusOf, isAppError } from '$lib/server/errors';
import { exportColumnNames } from '$lib/server/register/home-columns';
import { importHomes } from '$lib/server/register/import-homes';
import type { Actions, PageServerLoad } from './$types';

const t = m.registerUi.import;

/** The provider organisation from ?organisatie=, if the user manages it; 403 otherwise. */
function managedOrganization(event: { locals: App.Locals; url: URL }) {
	const user = requireUser(event);
	const wanted = event.url.searchParams.get('organisatie');
	const organization = user.organizations.find(
		(o) => o.kind === 'provider' && (o.role === 'manager' || user.role === 'admin') && (wanted === null || o.id === wanted)
	);
	if (!organization) error(403, m.auth.errors.notManager);
	return { user, organization: { id: organization.id, name: organization.name } };
}

export const load: PageServerLoad = async (event) => {
	const { organization } = managedOrganization(event);
	return { organization, columns: exportColumnNames };
};

export const actions: Actions = {
	default: async (event) => {
		const { user, organization } = managedOrganization(event);
		const file = (await event.request.formData()).get('bestand');
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, { message: t.fileMissing, errors: { bestand: t.fileMissing }, values: {} });
		}
		const format = file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
		try {
			const report = await importHomes(user, {
				organizationId: organization.id,
				format,
				data: new Uint8Array(await file.arrayBuffer())
			});
			return { report };
		} catch (err) {
			// A problem with the file as a whole (unreadable, missing columns) belongs to the file field.
			if (!isAppError(err)) throw err;
			const detail = err.fieldErrors.map((fe) => fe.message).join(' ') || err.message;
			return fail(httpStatusOf[err.code], { message: err.message, errors: { bestand: detail }, values: {} });
		}
	}
};
