import { describe, expect, it } from 'vitest';
import { routeEvent, routeOutcome as outcome } from '../../../tests/factories/route-event.ts';
import { addMember } from '$lib/server/accounts/add-member';
import { createOrganization } from '$lib/server/accounts/create-organization';
import { createUser } from '$lib/server/accounts/create-user';
import type { SessionUser } from '$lib/server/auth/types';
import { saveScenario } from '$lib/server/planner/save-scenario';
import { load as loadSaved } from './bewaard/[id]/+page.server.ts';
import { load as loadPlanner } from './scenario/+page.server.ts';
import { GET as getReport } from './scenario/rapport.pdf/+server.ts';
import { GET as getCsv } from './scenario/uitkomsten.csv/+server.ts';

// The pages' own guards, called as SvelteKit calls them (a real database, no server).

let counter = 0;
async function buildSessionUser(organizationId?: string): Promise<SessionUser> {
	counter += 1;
	const email = `route${counter}@example.nl`;
	const { id } = await createUser({
		name: `Route ${counter}`,
		email,
		password: 'een-lang-wachtwoord',
		role: 'user',
		emailVerified: true
	});
	if (organizationId) await addMember({ organizationId, userId: id, role: 'member' });
	return { id, name: `Route ${counter}`, email, emailVerified: true, role: 'user', organizations: [] };
}

/** The event for `path` as `user`, with route params. */
const evt = (path: string, user: SessionUser | null, params: Record<string, string> = {}) =>
	routeEvent(path, user, { params });

describe('omslagplanner routes', () => {
	it('show a saved scenario to the organisation and refuse others, also when opened in the planner', async () => {
		const { id: region } = await createOrganization({ name: 'Regio Route', kind: 'municipality' });
		const owner = await buildSessionUser(region);
		const colleague = await buildSessionUser(region);
		const outsider = await buildSessionUser();
		const saved = await saveScenario(owner, {
			name: 'Route',
			organizationId: region,
			input: { arrivalsPerYear: 40, averageStayDays: 300 }
		});

		const path = `/omslagplanner/bewaard/${saved.id}`;
		expect(await outcome(() => loadSaved(evt(path, colleague, { id: saved.id })))).toBe('ok');
		expect(await outcome(() => loadSaved(evt(path, outsider, { id: saved.id })))).toBe(403);
		expect(await outcome(() => loadSaved(evt(path, null, { id: saved.id })))).toMatch(
			/^redirect \/inloggen/
		);

		expect(
			await outcome(() => loadPlanner(evt(`/omslagplanner/scenario?open=${saved.id}`, outsider)))
		).toBe(403);
		const opened = await outcome(() =>
			loadPlanner(evt(`/omslagplanner/scenario?open=${saved.id}`, colleague))
		);
		expect(opened).toMatch(
			/^redirect \/omslagplanner\/scenario\?aantal=1&a-name=Route&a-arrivalsPerYear=40&a-averageStayDays=300/
		);
	});

	it('export the query string as CSV and PDF, and answer 400 without a valid scenario', async () => {
		const query =
			'aantal=2&a-arrivalsPerYear=40&a-averageStayDays=300&b-arrivalsPerYear=60&b-averageStayDays=250';
		const csv = await getCsv(evt(`/omslagplanner/scenario/uitkomsten.csv?${query}`, null));
		expect(csv.headers.get('content-type')).toContain('text/csv');
		expect(await csv.text()).toContain('Benodigde plaatsen;39;47');
		const pdf = await getReport(evt(`/omslagplanner/scenario/rapport.pdf?${query}`, null));
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		expect(
			Buffer.from(await pdf.arrayBuffer())
				.subarray(0, 5)
				.toString('latin1')
		).toBe('%PDF-');
		const bad = await getReport(evt('/omslagplanner/scenario/rapport.pdf?a-arrivalsPerYear=x', null));
		expect(bad.status).toBe(400);
	});
});
