import { listGroupHomes } from '$lib/server/matching/list-group-homes';
import { loadWorkspace } from '../matching-page.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	loadWorkspace(event, 'role', async (user, organizationId) => ({
		homes: await listGroupHomes(user, { organizationId })
	}));
