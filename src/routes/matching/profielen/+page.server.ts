import { pageField } from '$lib/server/accounts/pagination';
import { requireUser } from '$lib/server/auth/guards';
import { listProfiles, statusFilter } from '$lib/server/matching/list-profiles';
import { chooseOrganization, pageError } from '../matching-page.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { organization, organizations } = await chooseOrganization(user, event.url, 'role');
	const status = statusFilter.parse(event.url.searchParams.get('status') ?? undefined);
	try {
		const result = await listProfiles(user, {
			organizationId: organization.id,
			status,
			page: pageField.parse(event.url.searchParams.get('pagina') ?? undefined)
		});
		return { organization, organizations, status: status ?? '', result };
	} catch (err) {
		pageError(err, event.url);
	}
};
