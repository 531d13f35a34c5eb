import { requireUser } from '$lib/server/auth/guards';
import { listOrganizationHomes } from '$lib/server/register/list-organization-homes';
import { pageError } from '../page-helpers.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const providers = user.organizations.filter((o) => o.kind === 'provider');
	try {
		const organizations = await Promise.all(
			providers.map(async (o) => ({
				id: o.id,
				name: o.name,
				isManager: o.role === 'manager' || user.role === 'admin',
				homes: await listOrganizationHomes(user, { organizationId: o.id })
			}))
		);
		return { organizations };
	} catch (err) {
		pageError(err, event.url);
	}
};
