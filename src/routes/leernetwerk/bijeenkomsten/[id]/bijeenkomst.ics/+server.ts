import { error } from '@sveltejs/kit';
import { httpStatusOf, isAppError } from '$lib/server/errors';
import { siteOrigin } from '$lib/server/auth/request-event';
import { getMeetingIcs } from '$lib/server/netwerk/meetings/get-meeting-ics';
import type { RequestHandler } from './$types';

/** The calendar file (ICS) of one meeting. */
export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const file = await getMeetingIcs(locals.user, { meetingId: params.id, origin: siteOrigin() });
		return new Response(file.text, {
			headers: {
				'content-type': 'text/calendar; charset=utf-8',
				'content-disposition': `attachment; filename="${file.fileName}"`,
				// The online link depends on who asks, so no shared caches.
				'cache-control': 'private, no-store'
			}
		});
	} catch (err) {
		if (isAppError(err)) error(httpStatusOf[err.code], err.message);
		throw err;
	}
};
