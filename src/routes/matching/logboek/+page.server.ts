import { pageField } from '$lib/server/accounts/pagination';
import { requireUser } from '$lib/server/auth/guards';
import { listAuditLog } from '$lib/server/matching/list-audit-log';
import { chooseOrganization, pageError } from '../matching-page.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const { organization, organizations } = await chooseOrganization(user, event.url, 'manager');
	try {
		const result = await listAuditLog(user, {
			organizationId: organization.id,
			page: pageField.parse(event.url.searchParams.get('pagina') ?? undefined)
		});
		return { organization, organizations, result };
	} catch (err) {
		pageError(err, event.url);
	}
};
