import { requireRole } from '$lib/server/auth/guards';
import { listOrganizationOptions } from '$lib/server/netwerk/list-organization-options';
import { listParticipants } from '$lib/server/netwerk/list-participants';
import { listProposedOrganizations } from '$lib/server/netwerk/list-proposed-organizations';
import { reviewProposedOrganization } from '$lib/server/netwerk/review-proposed-organization';
import { pageField } from '$lib/server/accounts/pagination';
import { formText, networkFormFailure } from '../form.server';
import type { Actions, PageServerLoad } from './$types';

// Only coordinators (and admins) may open this work area; others are sent to log in or get a 403.
export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'coordinator');
	const page = pageField.parse(event.url.searchParams.get('pagina') ?? 1);
	return {
		participants: await listParticipants(user, { page }),
		proposals: await listProposedOrganizations(user),
		organizations: await listOrganizationOptions()
	};
};

export const actions: Actions = {
	review: async (event) => {
		const user = requireRole(event, 'coordinator');
		const values = formText(await event.request.formData(), 'name', 'decision', 'kind', 'organizationId');
		try {
			await reviewProposedOrganization(user, values);
		} catch (err) {
			return networkFormFailure(err, values, `review:${values.name}`);
		}
		return { reviewed: values.decision, name: values.name };
	}
};
