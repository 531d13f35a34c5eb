import { fail } from '@sveltejs/kit';
import { m } from '$lib/i18n/nl';
import { requireUser } from '$lib/server/auth/guards';
import { httpStatusOf, isAppError } from '$lib/server/errors';
import { importReports, reportColumns } from '$lib/server/monitor/import-reports';
import { listProviderReports } from '$lib/server/monitor/list-provider-reports';
import { pageError } from '../../../../register/page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

const t = m.monitor.importPage;

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const overview = await listProviderReports(user, { organizationId: event.params.organisatie }).catch(
		(err: unknown) => pageError(err, event.url)
	);
	return {
		organization: overview.organization,
		homes: overview.homes.map((h) => ({ id: h.id, name: h.name })),
		columns: reportColumns
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const file = (await event.request.formData()).get('bestand');
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, { message: t.fileMissing, errors: { bestand: t.fileMissing } });
		}
		try {
			const result = await importReports(user, {
				organizationId: event.params.organisatie,
				format: file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv',
				data: new Uint8Array(await file.arrayBuffer())
			});
			return { result };
		} catch (err) {
			if (!isAppError(err)) throw err;
			const detail = err.fieldErrors.map((fe) => fe.message).join(' ') || err.message;
			return fail(httpStatusOf[err.code], { message: err.message, errors: { bestand: detail } });
		}
	}
};
