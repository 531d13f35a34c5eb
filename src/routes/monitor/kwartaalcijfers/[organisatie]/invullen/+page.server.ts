import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/i18n/nl';
import { reportFields } from '$lib/monitor/report-input';
import { requireUser } from '$lib/server/auth/guards';
import { httpStatusOf, isAppError } from '$lib/server/errors';
import { fileReport } from '$lib/server/monitor/file-report';
import { getReport } from '$lib/server/monitor/list-report-versions';
import { pageError } from '../../../../register/page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

/** The report of the home and quarter in the query string, if the user may file it. */
async function fileableReport(event: { locals: App.Locals; url: URL; params: { organisatie: string } }) {
	const user = requireUser(event);
	const homeId = event.url.searchParams.get('woning') ?? '';
	const quarter = event.url.searchParams.get('kwartaal') ?? '';
	const found = await getReport(user, { homeId, quarter }).catch((err: unknown) => pageError(err, event.url));
	if (found.home.organizationId !== event.params.organisatie) error(404, m.monitor.report.notFound);
	if (!found.canFile) error(403, m.monitor.report.notManager);
	return { user, found };
}

export const load: PageServerLoad = async (event) => {
	const { found } = await fileableReport(event);
	return found;
};

export const actions: Actions = {
	default: async (event) => {
		const { user, found } = await fileableReport(event);
		const form = await event.request.formData();
		const values = Object.fromEntries(reportFields.map((field) => [field, String(form.get(field) ?? '')]));
		try {
			await fileReport(user, { homeId: found.home.id, quarter: found.quarter, ...values });
		} catch (err) {
			if (!isAppError(err)) throw err;
			const errors: Record<string, string> = {};
			for (const fe of err.fieldErrors) errors[fe.path] ??= fe.message;
			return fail(httpStatusOf[err.code], { message: m.monitor.form.invalid, errors, values });
		}
		redirect(
			303,
			`/monitor/kwartaalcijfers/${event.params.organisatie}?woning=${encodeURIComponent(found.home.id)}&opgeslagen=${found.quarter}`
		);
	}
};
