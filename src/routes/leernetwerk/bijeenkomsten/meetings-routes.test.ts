import { describe, expect, it } from 'vitest';
import { routeEvent as event, routeResult as outcome } from '../../../../tests/factories/route-event.ts';
import { createActiveParticipant } from '../../../../tests/factories/netwerk.ts';
import { m } from '$lib/i18n/nl';
import type { SessionUser } from '$lib/server/auth/types';
import { createMeeting } from '$lib/server/netwerk/meetings/create-meeting';
import { actions as feedActions } from '../agenda/+page.server.ts';
import { GET as getFeed } from '../agenda/[token].ics/+server.ts';
import { actions as detailActions } from './[id]/+page.server.ts';
import { GET as getIcs } from './[id]/bijeenkomst.ics/+server.ts';
import { GET as getExport } from './[id]/export/+server.ts';
import { actions as createActions } from './nieuw/+page.server.ts';

// The pages' guards and form actions, called as SvelteKit calls them (a real database, no server).

const e = m.netwerk.meetings.errors;

async function sessionUser(role: 'user' | 'coordinator' = 'user'): Promise<SessionUser> {
	const { participant, userId } = await createActiveParticipant({ platformRole: role });
	return { id: userId, name: participant.name, email: participant.email, emailVerified: true, role, organizations: [] };
}

const form = {
	title: 'Route-bijeenkomst',
	theme: 'team',
	date: '2030-03-12',
	startTime: '13:30',
	endTime: '16:00',
	location: 'Utrecht',
	onlineUrl: '',
	capacity: '1',
	description: '',
	articleSlugs: ''
};

describe('meeting routes', () => {
	it('let only the coordinator create a meeting; bad input comes back per field in Dutch with the values kept', async () => {
		const coordinator = await sessionUser('coordinator');
		const user = await sessionUser();
		const path = '/leernetwerk/bijeenkomsten/nieuw';
		expect(await outcome(() => createActions.default!(event(path, null, { form })))).toMatch(/^redirect \/inloggen/);
		expect(await outcome(() => createActions.default!(event(path, user, { form })))).toBe(403);
		const refused = (await createActions.default!(event(path, coordinator, { form: { ...form, capacity: 'veel', title: '' } }))) as {
			status: number;
			data: { errors: Record<string, string>; values: Record<string, string> };
		};
		expect(refused.status).toBe(400);
		expect(refused.data.errors).toEqual({ title: e.title, capacity: e.capacity });
		expect(refused.data.values.location).toBe('Utrecht');
		expect(await outcome(() => createActions.default!(event(path, coordinator, { form })))).toMatch(
			/^redirect \/leernetwerk\/bijeenkomsten\/[0-9a-f-]{36}\?aangemaakt$/
		);
	});

	it('register participants, refuse others, and serve ICS, feed and export to the right people only', async () => {
		const coordinator = await sessionUser('coordinator');
		const participant = await sessionUser();
		const outsider: SessionUser = { ...participant, id: 'geen-deelnemer', email: 'x@example.nl' };
		const { id } = await createMeeting(coordinator, form);
		const path = `/leernetwerk/bijeenkomsten/${id}`;
		const params = { id };
		expect(await outcome(() => detailActions.aanmelden!(event(path, null, { params, form: {} })))).toMatch(/^redirect \/inloggen/);
		const refused = (await detailActions.aanmelden!(event(path, outsider, { params, form: {} }))) as { status: number; data: { message: string } };
		expect(refused.status).toBe(403);
		expect(refused.data.message).toBe(e.notParticipant);
		expect(await detailActions.aanmelden!(event(path, participant, { params, form: {} }))).toEqual({ registered: 'confirmed' });

		const ics = (await getIcs(event(`${path}/bijeenkomst.ics`, null, { params }))) as Response;
		expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		expect(await ics.text()).toContain(`UID:bijeenkomst-${id}@`);

		expect(await outcome(() => getExport(event(`${path}/export?formaat=csv`, participant, { params })))).toBe(403);
		const csv = (await getExport(event(`${path}/export?formaat=csv`, coordinator, { params }))) as Response;
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(await csv.text()).toContain(participant.email);

		expect(await outcome(() => getFeed(event('/leernetwerk/agenda/onzin.ics', null, { params: { token: 'onzin' } })))).toBe(404);
		const made = (await feedActions.default!(event('/leernetwerk/agenda', participant, { form: {} }))) as { feedUrl: string };
		const token = made.feedUrl.split('/').pop()!.replace(/\.ics$/, '');
		const feed = (await getFeed(event(`/leernetwerk/agenda/${token}.ics`, null, { params: { token } }))) as Response;
		expect(await feed.text()).toContain('SUMMARY:Route-bijeenkomst');
	});
});
