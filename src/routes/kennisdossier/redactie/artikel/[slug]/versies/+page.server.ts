import { redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { compareRevisions } from '$lib/server/kennis/compare-revisions';
import { listRevisions } from '$lib/server/kennis/list-revisions';
import { restoreRevision } from '$lib/server/kennis/restore-revision';
import { kennisFormFailure, kennisPageError } from '../../../../page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	const from = event.url.searchParams.get('van');
	const to = event.url.searchParams.get('naar');
	try {
		const history = await listRevisions(user, { slug: event.params.slug });
		const comparison =
			from && to ? await compareRevisions(user, { slug: event.params.slug, from, to }) : null;
		return { history, comparison };
	} catch (err) {
		kennisPageError(err, event.url);
	}
};

export const actions: Actions = {
	herstellen: async (event) => {
		const user = requireRole(event, 'editor');
		const revision = Number((await event.request.formData()).get('revision'));
		let result;
		try {
			result = await restoreRevision(user, { slug: event.params.slug, revision });
		} catch (err) {
			return kennisFormFailure(err);
		}
		redirect(
			303,
			`/kennisdossier/redactie/artikel/${result.slug}?${result.changed ? `teruggezet=${revision}` : 'ongewijzigd'}`
		);
	}
};
