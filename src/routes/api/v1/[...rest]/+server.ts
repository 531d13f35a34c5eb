import type { RequestHandler } from '@sveltejs/kit';
import { format, m } from '$lib/i18n/nl';
import { makeProblem, problemResponse } from '$lib/server/api/problem';

/** Unknown API paths answer with a problem, not the HTML 404 page. */
export const fallback: RequestHandler = ({ url, locals }) =>
	problemResponse(
		makeProblem(
			'not-found',
			404,
			m.platform.problemTitles['not-found'],
			format(m.platform.api.unknownPath, { path: url.pathname }),
			{
				instance: url.pathname,
				requestId: locals.requestId
			}
		)
	);
