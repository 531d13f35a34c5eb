import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/i18n/nl';
import { columnPrefixes, columnQuery, type ColumnPrefix } from '$lib/planner/scenario-form';
import { requireUser } from '$lib/server/auth/guards';
import { httpStatusOf, isAppError, type FieldError } from '$lib/server/errors';
import { getScenario } from '$lib/server/planner/get-scenario';
import { readColumn, readScenarioRequest } from '$lib/server/planner/read-scenario-form';
import { saveScenario } from '$lib/server/planner/save-scenario';
import type { Actions, PageServerLoad } from './$types';

function saveFailure(prefix: string, message: string, name: string, fieldErrors: FieldError[] = []) {
	const errors: Record<string, string> = Object.fromEntries(fieldErrors.map((e) => [e.path, e.message]));
	return { prefix, message, name, errors };
}

export const load: PageServerLoad = async (event) => {
	const { url, locals } = event;
	const open = url.searchParams.getAll('open');
	if (open.length > 0) {
		// Saved scenarios open as an ordinary filled-in form, so they can be changed and compared.
		const user = requireUser(event);
		if (open.length > columnPrefixes.length) error(400, m.planner.pages.savedTooMany);
		const query = new URLSearchParams({ aantal: String(open.length) });
		for (const [i, id] of open.entries()) {
			const saved = await getScenario(user, id).catch((err: unknown) => {
				if (isAppError(err)) error(httpStatusOf[err.code], err.message);
				throw err;
			});
			for (const [key, value] of columnQuery(columnPrefixes[i]!, saved.name, saved.input))
				query.append(key, value);
		}
		redirect(303, `/omslagplanner/scenario?${query}`);
	}
	const request = readScenarioRequest(url.searchParams);
	const downloadQuery = new URLSearchParams(url.searchParams);
	for (const key of ['meer', 'minder']) downloadQuery.delete(key);
	downloadQuery.set('aantal', String(request.count));
	return {
		...request,
		downloadQuery: downloadQuery.toString(),
		organizations: locals.user?.organizations.map((o) => ({ id: o.id, name: o.name })) ?? [],
		isSignedIn: !!locals.user
	};
};

export const actions: Actions = {
	// The scenario's values come from the page's own query (the action URL keeps it).
	bewaar: async (event) => {
		const user = requireUser(event);
		const data = await event.request.formData();
		const letter = String(data.get('kolom') ?? '');
		const prefix = columnPrefixes.find((p) => p === letter) as ColumnPrefix | undefined;
		const column = prefix ? readColumn(event.url.searchParams, prefix, true) : undefined;
		const name = String(data.get('name') ?? '');
		if (!prefix || !column?.input)
			return fail(400, { save: saveFailure(letter, m.planner.pages.errorSummary, name) });
		const organizationId = String(data.get('organizationId') ?? '') || null;
		let saved: { id: string };
		try {
			saved = await saveScenario(user, { name, organizationId, input: column.input });
		} catch (err) {
			if (!isAppError(err) || (err.code !== 'invalid-input' && err.code !== 'forbidden')) throw err;
			return fail(httpStatusOf[err.code], { save: saveFailure(prefix, err.message, name, err.fieldErrors) });
		}
		redirect(303, `/omslagplanner/bewaard/${saved.id}?bewaard=1`);
	}
};
