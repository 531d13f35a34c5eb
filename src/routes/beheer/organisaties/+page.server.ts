import { createOrganization } from '$lib/server/accounts/create-organization';
import { listOrganizations } from '$lib/server/accounts/list-organizations';
import type { OrganizationKind } from '$lib/server/accounts/roles';
import { formFailure, textFields } from '$lib/server/auth/form-failure';
import { requireRole } from '$lib/server/auth/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin');
	return { organizations: await listOrganizations(user) };
};

export const actions: Actions = {
	toevoegen: async (event) => {
		requireRole(event, 'admin');
		const values = textFields(await event.request.formData(), 'name', 'kind');
		try {
			// requireRole guards this trusted function (the CLI and seed use it too); its zod schema
			// checks the kind, so the untyped form value may pass through.
			await createOrganization({ name: values.name, kind: values.kind as OrganizationKind });
		} catch (err) {
			return formFailure(err, values);
		}
		return { created: values.name.trim() };
	}
};
