import { requireRole } from '$lib/server/auth/guards';
import { listEditorArticles } from '$lib/server/kennis/list-editor-articles';
import { listReviewDue } from '$lib/server/kennis/list-review-due';
import { kennisPageError } from '../page-helpers.server';
import type { PageServerLoad } from './$types';

// Only editors (and admins) may open this work area; others are sent to log in or get a 403.
export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	const status = event.url.searchParams.get('status') || undefined;
	const page = event.url.searchParams.get('pagina') || undefined;
	try {
		const [list, queue, due] = await Promise.all([
			listEditorArticles(user, { status, page }),
			listEditorArticles(user, { status: 'review' }),
			listReviewDue(user)
		]);
		return { list, queue: queue.rows, dueCount: due.rows.length, status: status ?? '' };
	} catch (err) {
		kennisPageError(err, event.url);
	}
};
