import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	buildActor,
	buildHomeInput,
	buildOrganization,
	rosterWithNightGap
} from '../../../../tests/reference/register-factories.ts';
import {
	GET as getHomeEndpoint,
	PUT as updateHomeEndpoint
} from '../../../routes/api/v1/homes/[id]/+server.ts';
import { GET as listVersionsEndpoint } from '../../../routes/api/v1/homes/[id]/versions/+server.ts';
import {
	GET as listHomesEndpoint,
	POST as createHomeEndpoint
} from '../../../routes/api/v1/homes/+server.ts';
import { systemActor, type Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { buildRequestEvent } from '../http/build-test-event.ts';
import { createHome } from './create-home.ts';
import { deleteHome } from './delete-home.ts';
import { exportHomes } from './export-homes.ts';
import { getHome } from './get-home.ts';
import { getPublicHome } from './get-public-home.ts';
import { importHomes } from './import-homes.ts';
import { listHomeVersions } from './list-home-versions.ts';
import { listHomes } from './list-homes.ts';
import { listOrganizationHomes } from './list-organization-homes.ts';
import { homeDetailSchema, homePageSchema, homeVersionSchema, publicHomeSchema } from './register-api.ts';
import { seedDemoHomes } from './seed-demo-homes.ts';
import { setHomeArchived } from './set-home-archived.ts';
import { updateHome } from './update-home.ts';

async function counts() {
	const [homes] = await getDb().select({ n: count() }).from(schema.home);
	const [versions] = await getDb().select({ n: count() }).from(schema.homeVersion);
	return { homes: homes!.n, versions: versions!.n };
}

describe('createHome and getHome', () => {
	it('stores every field, derives jeugdregio and provincie, and stores the check as version 1', async () => {
		const org = await buildOrganization();
		const home = await createHome(org.manager, { organizationId: org.id, input: buildHomeInput() });
		expect(home).toMatchObject({
			name: 'Huis De Linde',
			municipality: { code: 'GM0344', name: 'Utrecht' },
			region: { code: 'JZ22' },
			province: { code: 'PV26', name: 'Utrecht' },
			teamFte: 6.5,
			dayTariff: 450.5,
			contractingMunicipalities: [
				{ code: 'GM0344', name: 'Utrecht' },
				{ code: 'GM0307', name: 'Amersfoort' }
			],
			contactEmail: 'anna@example.nl',
			verdict: 'meets',
			version: 1,
			status: 'active',
			canEdit: true
		});
		expect(home.check.criteria).toHaveLength(10);
		const read = await getHome(org.member, { homeId: home.id });
		expect(read).toEqual({ ...home, canEdit: false });
		expect(read.input).toMatchObject({
			name: 'Huis De Linde',
			perspective: { housing: true, care: true, educationOrWork: true }
		});
		const [version] = await listHomeVersions(org.member, { homeId: home.id });
		expect(version).toMatchObject({
			version: 1,
			kind: 'created',
			verdict: 'meets',
			actor: { id: org.manager.id }
		});
		expect(version!.changes.map((c) => c.field)).toContain('roster');
	});

	it('changes nothing on invalid input and names every invalid field in Dutch', async () => {
		const org = await buildOrganization();
		const before = await counts();
		await expect(
			createHome(org.manager, {
				organizationId: org.id,
				input: buildHomeInput({
					name: '',
					places: 0,
					municipalityCode: 'GM0000',
					roster: [{ weekday: 9, start: '7', end: '15:00', carers: -1 }]
				})
			})
		).rejects.toMatchObject({
			code: 'invalid-input',
			fieldErrors: [
				{ path: 'name', message: expect.stringMatching(/naam/) },
				{ path: 'municipalityCode', message: expect.stringMatching(/gemeente/) },
				{ path: 'places', message: expect.stringMatching(/plaatsen/) },
				{ path: 'roster/0/weekday', message: expect.stringMatching(/weekdag/) },
				{ path: 'roster/0/start', message: expect.stringMatching(/begintijd/) },
				{ path: 'roster/0/carers', message: expect.stringMatching(/begeleiders/) }
			]
		});
		expect(await counts()).toEqual(before);
	});

	it('registers homes only for providers', async () => {
		const municipality = await buildOrganization('municipality');
		await expect(
			createHome(systemActor, { organizationId: municipality.id, input: buildHomeInput() })
		).rejects.toMatchObject({
			code: 'forbidden'
		});
	});
});

describe('updateHome and the history', () => {
	it('keeps every version with who, when, the field diff and the check of that version', async () => {
		const org = await buildOrganization();
		const created = await createHome(org.manager, {
			organizationId: org.id,
			input: buildHomeInput({ places: 5, roster: rosterWithNightGap([2], 2) })
		});
		expect(created.verdict).toBe('does-not-meet');
		expect(created.check.rosterGaps).toEqual([
			{ weekday: 2, start: '23:00', end: '24:00', present: 0, required: 2 },
			{ weekday: 3, start: '00:00', end: '07:00', present: 0, required: 2 }
		]);

		const fixed = await updateHome(org.manager, { homeId: created.id, input: buildHomeInput({ places: 4 }) });
		expect(fixed).toMatchObject({ verdict: 'meets', version: 2 });
		const same = await updateHome(org.manager, { homeId: created.id, input: buildHomeInput({ places: 4 }) });
		expect(same.version).toBe(2);

		const admin = await buildActor('admin');
		await updateHome(admin, {
			homeId: created.id,
			input: buildHomeInput({ places: 4, perspective: { housing: true, care: false } })
		});
		const versions = await listHomeVersions(org.manager, { homeId: created.id });
		expect(versions.map((v) => [v.version, v.kind, v.verdict])).toEqual([
			[3, 'updated', 'does-not-meet'],
			[2, 'updated', 'meets'],
			[1, 'created', 'does-not-meet']
		]);
		expect(versions[0]!.changes).toEqual([
			{ field: 'perspective/care', before: true, after: false },
			{ field: 'perspective/educationOrWork', before: true, after: null }
		]);
		expect(versions[0]!.actor).toEqual({ id: admin.id, name: expect.any(String) });
		expect(versions[1]!.changes.map((c) => c.field)).toEqual(['places', 'roster']);
		expect(versions[2]!.check.criteria.find((c) => c.id === 'staff-ratio')!.status).toBe('does-not-meet');
		expect(versions[2]!.snapshot.places).toBe(5);
	});

	it('changes nothing on invalid input', async () => {
		const org = await buildOrganization();
		const home = await createHome(org.manager, { organizationId: org.id, input: buildHomeInput() });
		const before = await counts();
		await expect(
			updateHome(org.manager, { homeId: home.id, input: buildHomeInput({ ageMin: 18, ageMax: 12 }) })
		).rejects.toMatchObject({
			code: 'invalid-input',
			fieldErrors: [
				{ path: 'ageMax', message: 'De maximumleeftijd mag niet lager zijn dan de minimumleeftijd.' }
			]
		});
		expect(await counts()).toEqual(before);
		expect((await getHome(org.manager, { homeId: home.id })).ageMin).toBe(12);
	});
});

describe('archive and delete', () => {
	it('hides an archived home from the public, keeps it as a version, and deletes only archived homes', async () => {
		const org = await buildOrganization();
		const home = await createHome(org.manager, { organizationId: org.id, input: buildHomeInput() });
		await expect(deleteHome(org.manager, { homeId: home.id })).rejects.toMatchObject({ code: 'conflict' });
		const archived = await setHomeArchived(org.manager, { homeId: home.id, archived: true });
		expect(archived).toMatchObject({ status: 'archived', version: 2 });
		await expect(getPublicHome({ homeId: home.id })).rejects.toMatchObject({ code: 'not-found' });
		expect((await listHomes({})).items.map((h) => h.id)).not.toContain(home.id);
		expect(
			(await listOrganizationHomes(org.member, { organizationId: org.id })).map((h) => h.status)
		).toEqual(['archived']);
		const versions = await listHomeVersions(org.manager, { homeId: home.id });
		expect(versions[0]).toMatchObject({
			kind: 'archived',
			changes: [{ field: 'status', before: 'active', after: 'archived' }]
		});
		const restored = await setHomeArchived(org.manager, { homeId: home.id, archived: false });
		expect(restored).toMatchObject({ status: 'active', version: 3, archivedAt: null });
		await setHomeArchived(org.manager, { homeId: home.id, archived: true });
		await deleteHome(org.manager, { homeId: home.id });
		await expect(getHome(org.manager, { homeId: home.id })).rejects.toMatchObject({ code: 'not-found' });
		const [left] = await getDb()
			.select({ n: count() })
			.from(schema.homeVersion)
			.where(eq(schema.homeVersion.homeId, home.id));
		expect(left!.n).toBe(0);
	});
});

describe('authorisation', () => {
	it('refuses anonymous callers, plain members (writes) and other organisations on every function', async () => {
		const org = await buildOrganization();
		const other = await buildOrganization();
		const stranger = await buildActor();
		const home = await createHome(org.manager, { organizationId: org.id, input: buildHomeInput() });
		const archivedHome = await createHome(org.manager, {
			organizationId: org.id,
			input: buildHomeInput({ name: 'Oud' })
		});
		await setHomeArchived(org.manager, { homeId: archivedHome.id, archived: true });
		const csv = (await exportHomes(org.manager, { organizationId: org.id, format: 'csv' })).body;
		const before = await counts();

		const writes: [string, (actor: Actor | null) => Promise<unknown>][] = [
			['createHome', (a) => createHome(a, { organizationId: org.id, input: buildHomeInput() })],
			['updateHome', (a) => updateHome(a, { homeId: home.id, input: buildHomeInput({ places: 2 }) })],
			['setHomeArchived', (a) => setHomeArchived(a, { homeId: home.id, archived: true })],
			['deleteHome', (a) => deleteHome(a, { homeId: archivedHome.id })],
			['importHomes', (a) => importHomes(a, { organizationId: org.id, format: 'csv', data: csv })]
		];
		const reads: [string, (actor: Actor | null) => Promise<unknown>][] = [
			['getHome', (a) => getHome(a, { homeId: home.id })],
			['listHomeVersions', (a) => listHomeVersions(a, { homeId: home.id })],
			['listOrganizationHomes', (a) => listOrganizationHomes(a, { organizationId: org.id })],
			['exportHomes', (a) => exportHomes(a, { organizationId: org.id, format: 'xlsx' })]
		];
		for (const [name, run] of [...writes, ...reads]) {
			await expect(run(null), name).rejects.toMatchObject({ code: 'unauthenticated' });
			await expect(run(other.manager), name).rejects.toMatchObject({ code: 'forbidden' });
			await expect(run(other.member), name).rejects.toMatchObject({ code: 'forbidden' });
			await expect(run(stranger), name).rejects.toMatchObject({ code: 'forbidden' });
		}
		for (const [name, run] of writes)
			await expect(run(org.member), name).rejects.toMatchObject({ code: 'forbidden' });
		expect(await counts()).toEqual(before);
		// Members read their own organisation's private details.
		for (const [name, run] of reads) await expect(run(org.member), name).resolves.toBeDefined();
	});
});

describe('the public register', () => {
	it('filters, pages in a stable order with the total, and shows no private details', async () => {
		await getDb().delete(schema.home);
		const a = await buildOrganization();
		const b = await buildOrganization();
		const inputs = [
			buildHomeInput({ name: 'Anjer', municipalityCode: 'GM0363' }),
			buildHomeInput({
				name: 'Berk',
				setting: 'campus',
				regime: 'closed',
				targetGroup: 'closed-authorisation'
			}),
			buildHomeInput({ name: 'Ceder', places: 5, roster: rosterWithNightGap([6], 2) }),
			buildHomeInput({ name: 'Den', municipalityCode: 'GM0599', targetGroup: 'nji-third-form' }),
			buildHomeInput({ name: 'Anjer', municipalityCode: 'GM0599', fixedTeam: undefined })
		];
		for (const [i, input] of inputs.entries()) {
			await createHome(i % 2 === 0 ? a.manager : b.manager, {
				organizationId: i % 2 === 0 ? a.id : b.id,
				input
			});
		}
		const all = await listHomes({ pageSize: '2' });
		expect(all).toMatchObject({ total: 5, page: 1, pages: 3, pageSize: 2 });
		const names: string[] = [];
		for (let page = 1; page <= 3; page++)
			names.push(...(await listHomes({ pageSize: 2, page })).items.map((h) => h.name));
		expect(names).toEqual(['Anjer', 'Anjer', 'Berk', 'Ceder', 'Den']);
		const byName = async (query: Record<string, string>) => (await listHomes(query)).items.map((h) => h.name);
		expect(await byName({ province: 'PV27' })).toEqual(['Anjer']);
		expect(await byName({ region: 'jz29' })).toEqual(['Anjer', 'Den']);
		expect(await byName({ setting: 'campus' })).toEqual(['Berk']);
		expect(await byName({ regime: 'closed' })).toEqual(['Berk']);
		expect(await byName({ targetGroup: 'nji-third-form' })).toEqual(['Den']);
		expect(await byName({ verdict: 'does-not-meet' })).toEqual(['Ceder']);
		expect(await byName({ verdict: 'incomplete' })).toEqual(['Anjer']);
		expect(await byName({ verdict: 'meets-with-remarks', setting: '' })).toEqual(['Berk']);
		expect((await listHomes({ page: 99 })).page).toBe(1);
		await expect(listHomes({ province: 'PV99', setting: 'bos', pageSize: 500 })).rejects.toMatchObject({
			code: 'invalid-input',
			fieldErrors: [{ path: 'province' }, { path: 'setting' }, { path: 'pageSize' }]
		});

		const [first] = (await listHomes({ verdict: 'does-not-meet' })).items;
		const publicHome = await getPublicHome({ homeId: first!.id });
		expect(JSON.stringify(publicHome)).not.toMatch(/anna@example|Lindelaan|3511 AA|030 123/);
		expect(publicHome.check.rosterGaps).toEqual([
			{ weekday: 6, start: '23:00', end: '24:00', present: 0, required: 2 },
			{ weekday: 7, start: '00:00', end: '07:00', present: 0, required: 2 }
		]);
	});

	it('answers the same as JSON under /api/v1/homes, in the documented shape, without login', async () => {
		const org = await buildOrganization();
		const home = await createHome(org.manager, {
			organizationId: org.id,
			input: buildHomeInput({ name: 'Api-huis', city: 'Zeist' })
		});
		const list = await listHomesEndpoint(
			buildRequestEvent('http://localhost/api/v1/homes?pageSize=100') as never
		);
		expect(list.status).toBe(200);
		const page = homePageSchema.parse(await list.json());
		expect(page.items.map((h) => h.id)).toContain(home.id);
		const one = await getHomeEndpoint({
			...buildRequestEvent(`http://localhost/api/v1/homes/${home.id}`),
			params: { id: home.id }
		} as never);
		const body: unknown = await one.json();
		expect(publicHomeSchema.parse(body)).toEqual(await getPublicHome({ homeId: home.id }));
		const missing = await getHomeEndpoint({
			...buildRequestEvent('http://localhost/api/v1/homes/nope'),
			params: { id: 'nope' }
		} as never);
		expect(missing.status).toBe(404);
		expect(missing.headers.get('content-type')).toBe('application/problem+json');
		const invalid = await listHomesEndpoint(
			buildRequestEvent('http://localhost/api/v1/homes?verdict=prima') as never
		);
		expect(invalid.status).toBe(400);
		expect(((await invalid.json()) as { errors: unknown[] }).errors).toEqual([
			{ path: 'verdict', message: 'Dit filter kent deze waarde niet.' }
		]);
	});
});

describe('the write endpoints (session login)', () => {
	// The session user as the auth handle puts it in locals; only id and role matter here.
	const as = (actor: Actor | null) =>
		actor
			? { id: actor.id, role: actor.role, name: 'x', email: 'x', emailVerified: true, organizations: [] }
			: null;
	const call = async (
		handler: (event: never) => Response | Promise<Response>,
		url: string,
		actor: Actor | null,
		init: { method?: string; body?: unknown; params?: Record<string, string> } = {}
	) => {
		const event = buildRequestEvent(url, {
			method: init.method ?? 'GET',
			headers: { 'content-type': 'application/json' },
			...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
			locals: { user: as(actor) as never }
		});
		const response = await handler({ ...event, params: init.params ?? {} } as never);
		return { status: response.status, body: (await response.json()) as unknown };
	};

	it('lets managers create and update, members read the history, and refuses everyone else', async () => {
		const org = await buildOrganization();
		const other = await buildOrganization();
		const create = (actor: Actor | null, body: unknown = buildHomeInput()) =>
			call(createHomeEndpoint, `http://localhost/api/v1/homes?organizationId=${org.id}`, actor, {
				method: 'POST',
				body
			});
		const before = await counts();
		expect((await create(null)).status).toBe(401);
		expect((await create(org.member)).status).toBe(403);
		expect((await create(other.manager)).status).toBe(403);
		const invalid = await create(org.manager, buildHomeInput({ places: 'vier' }));
		expect(invalid.status).toBe(400);
		expect((invalid.body as { errors: unknown[] }).errors).toEqual([
			{ path: 'places', message: expect.stringContaining('plaatsen') }
		]);
		expect(await counts()).toEqual(before);

		const created = await create(org.manager);
		expect(created.status).toBe(201);
		const home = homeDetailSchema.parse(created.body);
		const put = (actor: Actor | null, body: unknown) =>
			call(updateHomeEndpoint, `http://localhost/api/v1/homes/${home.id}`, actor, {
				method: 'PUT',
				body,
				params: { id: home.id }
			});
		const changed = buildHomeInput({ places: 3 });
		expect((await put(null, changed)).status).toBe(401);
		expect((await put(org.member, changed)).status).toBe(403);
		expect((await put(other.manager, changed)).status).toBe(403);
		const updated = await put(org.manager, changed);
		expect(updated.status).toBe(200);
		expect(homeDetailSchema.parse(updated.body)).toMatchObject({ places: 3, version: 2 });

		const versions = (actor: Actor | null) =>
			call(listVersionsEndpoint, `http://localhost/api/v1/homes/${home.id}/versions`, actor, {
				params: { id: home.id }
			});
		expect((await versions(null)).status).toBe(401);
		expect((await versions(other.member)).status).toBe(403);
		const history = await versions(org.member);
		expect(history.status).toBe(200);
		expect(
			homeVersionSchema
				.array()
				.parse(history.body)
				.map((v) => v.version)
		).toEqual([2, 1]);
	});
});

describe('seedDemoHomes', () => {
	it('adds a home that meets, one with a night gap and one on a campus', async () => {
		const linde = await buildOrganization();
		const anker = await buildOrganization();
		await seedDemoHomes({ providerLinde: linde.id, providerAnker: anker.id });
		const homes = [
			...(await listOrganizationHomes(systemActor, { organizationId: linde.id })),
			...(await listOrganizationHomes(systemActor, { organizationId: anker.id }))
		];
		expect(homes.map((h) => [h.name, h.verdict, h.setting])).toEqual([
			['Demo: Huis De Eik', 'does-not-meet', 'neighbourhood'],
			['Demo: Huis De Linde', 'meets', 'neighbourhood'],
			['Demo: Paviljoen Het Anker', 'meets-with-remarks', 'campus']
		]);
		const eik = await getPublicHome({ homeId: homes[0]!.id });
		expect(eik.check.rosterGaps.map((g) => `${g.weekday} ${g.start}-${g.end}`)).toEqual([
			'5 23:00-24:00',
			'6 00:00-07:00',
			'6 23:00-24:00',
			'7 00:00-07:00'
		]);
	});
});
