import { pageField } from '$lib/server/accounts/pagination';
import { listProfiles, statusFilter } from '$lib/server/matching/list-profiles';
import { loadWorkspace } from '../matching-page.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	loadWorkspace(event, 'role', async (user, organizationId) => {
		const status = statusFilter.parse(event.url.searchParams.get('status') ?? undefined);
		const result = await listProfiles(user, {
			organizationId,
			status,
			page: pageField.parse(event.url.searchParams.get('pagina') ?? undefined)
		});
		return { status: status ?? '', result };
	});
