import { listMeetings } from '$lib/server/netwerk/meetings/list-meetings';
import { isCoordinator, participantOf } from '$lib/server/netwerk/meetings/meeting-access';
import type { PageServerLoad } from './$types';

// The public agenda: upcoming (default) or past meetings, ?tijd=verleden, ?pagina=N.
export const load: PageServerLoad = async ({ locals, url }) => {
	const when = url.searchParams.get('tijd') === 'verleden' ? 'past' : 'upcoming';
	const result = await listMeetings(locals.user, { when, page: url.searchParams.get('pagina') ?? '1' });
	return {
		result,
		canManage: isCoordinator(locals.user),
		isParticipant: (await participantOf(locals.user)) !== null,
		isLoggedIn: !!locals.user
	};
};
