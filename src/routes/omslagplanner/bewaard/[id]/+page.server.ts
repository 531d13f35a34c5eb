import { error, redirect } from '@sveltejs/kit';
import { describeScenario } from '$lib/planner/describe-scenario';
import { columnQuery } from '$lib/planner/scenario-form';
import { requireUser } from '$lib/server/auth/guards';
import { httpStatusOf, isAppError } from '$lib/server/errors';
import { deleteScenario } from '$lib/server/planner/delete-scenario';
import { getScenario } from '$lib/server/planner/get-scenario';
import type { Actions, PageServerLoad } from './$types';

// Module errors (not found, not shared with you) become the matching error page.
async function orError<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (err) {
		if (isAppError(err)) error(httpStatusOf[err.code], err.message);
		throw err;
	}
}

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const saved = await orError(() => getScenario(user, event.params.id));
	const query = new URLSearchParams([['aantal', '1'], ...columnQuery('a', saved.name, saved.input)]);
	return {
		scenario: {
			id: saved.id,
			name: saved.name,
			ownerName: saved.ownerName,
			organizationName: saved.organizationName,
			createdAt: saved.createdAt,
			isOwner: saved.isOwner
		},
		view: describeScenario(saved.name, saved.input),
		shareUrl: new URL(`/omslagplanner/gedeeld/${saved.shareToken}`, event.url.origin).toString(),
		query: query.toString(),
		justSaved: event.url.searchParams.has('bewaard')
	};
};

export const actions: Actions = {
	verwijder: async (event) => {
		const user = requireUser(event);
		await orError(() => deleteScenario(user, event.params.id));
		redirect(303, '/omslagplanner/bewaard?verwijderd=1');
	}
};
