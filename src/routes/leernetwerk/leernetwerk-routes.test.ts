import { describe, expect, it } from 'vitest';
import { routeEvent, routeOutcome as outcome } from '../../../tests/factories/route-event.ts';
import type { SessionUser } from '$lib/server/auth/types';
import { createActiveParticipant } from '../../../tests/factories/netwerk.ts';
import { load as loadManage } from './beheer/+page.server.ts';
import { load as loadMyData } from './mijn-gegevens/+page.server.ts';
import { GET as download } from './mijn-gegevens/download/+server.ts';
import { load as loadBoard } from './vragen/+page.server.ts';

// The pages' own guards, called as SvelteKit calls them (a real database, no server).

function sessionUser(id: string, role: string): SessionUser {
	return { id, name: 'Route', email: `${id}@example.nl`, emailVerified: true, role, organizations: [] };
}

/** The event for `path` as `user`, with route params. */
const evt = (path: string, user: SessionUser | null, params: Record<string, string> = {}) =>
	routeEvent(path, user, { params });

describe('leernetwerk routes', () => {
	it('open the coordinator page only to the coordinator', async () => {
		const participant = await createActiveParticipant();
		const coordinator = await createActiveParticipant({ platformRole: 'coordinator' });
		expect(await outcome(() => loadManage(evt('/leernetwerk/beheer', null)))).toBe(
			'redirect /inloggen?terug=%2Fleernetwerk%2Fbeheer'
		);
		expect(
			await outcome(() => loadManage(evt('/leernetwerk/beheer', sessionUser(participant.userId, 'user'))))
		).toBe(403);
		expect(
			await outcome(() => loadManage(evt('/leernetwerk/beheer', sessionUser('editor-id', 'editor'))))
		).toBe(403);
		expect(
			await outcome(() =>
				loadManage(evt('/leernetwerk/beheer', sessionUser(coordinator.userId, 'coordinator')))
			)
		).toBe('ok');
	});

	it('give the data download only to the participant themself, and the board to everyone', async () => {
		const participant = await createActiveParticipant({ name: 'Eigen Data' });
		expect(await outcome(() => download(evt('/leernetwerk/mijn-gegevens/download', null)))).toMatch(
			/^redirect \/inloggen/
		);
		expect(
			await outcome(() =>
				download(evt('/leernetwerk/mijn-gegevens/download', sessionUser('stranger', 'admin')))
			)
		).toBe(403);
		const response = (await download(
			evt('/leernetwerk/mijn-gegevens/download', sessionUser(participant.userId, 'user'))
		)) as Response;
		expect(response.headers.get('content-disposition')).toContain('attachment');
		expect((await response.json()).participant.name).toBe('Eigen Data');
		expect(await outcome(() => loadMyData(evt('/leernetwerk/mijn-gegevens', null)))).toMatch(
			/^redirect \/inloggen/
		);
		expect(await outcome(() => loadBoard(evt('/leernetwerk/vragen?sort=raar&page=x', null)))).toBe('ok');
	});
});
