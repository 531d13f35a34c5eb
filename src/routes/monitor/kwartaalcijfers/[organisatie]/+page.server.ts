import { requireUser } from '$lib/server/auth/guards';
import { getProviderFigures } from '$lib/server/monitor/get-provider-figures';
import { listProviderReports } from '$lib/server/monitor/list-provider-reports';
import { pageError } from '../../../register/page-helpers.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const organizationId = event.params.organisatie;
	try {
		const [overview, figures] = await Promise.all([
			listProviderReports(user, { organizationId }),
			getProviderFigures(user, { organizationId })
		]);
		return {
			overview,
			figures,
			saved: { home: event.url.searchParams.get('woning'), quarter: event.url.searchParams.get('opgeslagen') }
		};
	} catch (err) {
		return pageError(err, event.url);
	}
};
