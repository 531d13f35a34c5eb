import { pageField } from '$lib/server/accounts/pagination';
import { listAuditLog } from '$lib/server/matching/list-audit-log';
import { loadWorkspace } from '../matching-page.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	loadWorkspace(event, 'manager', async (user, organizationId) => ({
		result: await listAuditLog(user, {
			organizationId,
			page: pageField.parse(event.url.searchParams.get('pagina') ?? undefined)
		})
	}));
