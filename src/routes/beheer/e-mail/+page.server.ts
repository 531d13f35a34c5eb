import { requireRole } from '$lib/server/auth/guards';
import { listOutbox } from '$lib/server/mail/list-outbox';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin');
	return { list: await listOutbox(user, { page: event.url.searchParams.get('pagina') ?? 1 }) };
};
