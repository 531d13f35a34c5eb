import { requireUser } from '$lib/server/auth/guards';
import { getCalendarFeedInfo } from '$lib/server/netwerk/meetings/get-calendar-feed-info';
import { regenerateCalendarFeed } from '$lib/server/netwerk/meetings/regenerate-calendar-feed';
import { meetingFormFailure, meetingPageError } from '../bijeenkomsten/page-helpers.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	try {
		return { feed: await getCalendarFeedInfo(user) };
	} catch (err) {
		meetingPageError(err, event.url);
	}
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		try {
			const { token } = await regenerateCalendarFeed(user);
			// Shown once: only the hash is stored.
			return { feedUrl: `${event.url.origin}/leernetwerk/agenda/${token}.ics` };
		} catch (err) {
			return meetingFormFailure(err);
		}
	}
};
