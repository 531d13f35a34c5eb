import { error } from '@sveltejs/kit';
import { siteOrigin } from '$lib/server/auth/request-event';
import { httpStatusOf, isAppError } from '$lib/server/errors';
import { getCalendarFeed } from '$lib/server/netwerk/meetings/get-calendar-feed';
import type { RequestHandler } from './$types';

/** A participant's personal calendar feed; the secret token in the URL is the only credential. */
export const GET: RequestHandler = async ({ params }) => {
	try {
		const text = await getCalendarFeed({ token: params.token, origin: siteOrigin() });
		return new Response(text, {
			headers: {
				'content-type': 'text/calendar; charset=utf-8',
				'cache-control': 'private, no-store',
				'x-robots-tag': 'noindex'
			}
		});
	} catch (err) {
		if (isAppError(err)) error(httpStatusOf[err.code], err.message);
		throw err;
	}
};
