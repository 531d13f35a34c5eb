import { requireUser } from '$lib/server/auth/guards';
import { listGroupHomes } from '$lib/server/matching/list-group-homes';
import { chooseOrganization, pageError } from '../matching-page.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { organization, organizations } = await chooseOrganization(user, event.url, 'role');
	try {
		return {
			organization,
			organizations,
			homes: await listGroupHomes(user, { organizationId: organization.id })
		};
	} catch (err) {
		pageError(err, event.url);
	}
};
