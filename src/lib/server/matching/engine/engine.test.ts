import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateInstance } from '../../../../../bench/matching/generate-instance.ts';
import { referenceObjective, referenceOptimum } from '../../../../../tests/reference/matching-reference.ts';
import { buildActor, buildOrganization } from '../../../../../tests/reference/register-factories.ts';
import { POST as assignPost } from '../../../../routes/api/v1/matching/assign/+server.ts';
import { POST as rankHomesPost } from '../../../../routes/api/v1/matching/rank-homes/+server.ts';
import { POST as rankYouthsPost } from '../../../../routes/api/v1/matching/rank-youths/+server.ts';
import { assignInputSchema } from '../../../matching/matching-input.ts';
import type { Actor } from '../../accounts/actor.ts';
import type { SessionUser } from '../../auth/types.ts';
import { buildRequestEvent } from '../../http/build-test-event.ts';
import { assignInWorker } from './assign-in-worker.ts';

// The engine through its public doors: the API endpoints (with authorisation), the worker and
// the spawned CLI, checked against the independent reference in tests/reference.

const home = { id: 'h1', places: 3, ageMin: 12, ageMax: 18, regime: 'open', competences: ['trauma'] };
const youth = { id: 'y1', age: 14, gender: 'f', needs: ['trauma'], intensity: 1, waitingDays: 60 };
const bodies = {
	'rank-homes': { youth, homes: [home] },
	'rank-youths': { home, youths: [youth] },
	assign: { homes: [home], youths: [youth] }
};
const endpoints = { 'rank-homes': rankHomesPost, 'rank-youths': rankYouthsPost, assign: assignPost };
type Endpoint = keyof typeof endpoints;

function sessionUserOf(actor: Actor): SessionUser {
	return {
		id: actor.id,
		role: actor.role,
		name: 'Test',
		email: `${actor.id}@example.nl`,
		emailVerified: true,
		organizations: []
	};
}

async function call(endpoint: Endpoint, body: unknown, actor: Actor | null): Promise<Response> {
	const event = buildRequestEvent(`http://localhost/api/v1/matching/${endpoint}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
		locals: { user: actor ? sessionUserOf(actor) : null }
	});
	return endpoints[endpoint](event as Parameters<typeof rankHomesPost>[0]);
}

describe('POST /api/v1/matching/*', () => {
	it('refuses anonymous callers (401) and users without an organisation (403)', async () => {
		const loner = await buildActor();
		for (const endpoint of Object.keys(endpoints) as Endpoint[]) {
			const anonymous = await call(endpoint, bodies[endpoint], null);
			expect(anonymous.status).toBe(401);
			expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
			expect((await call(endpoint, bodies[endpoint], loner)).status).toBe(403);
		}
	});

	it('answers members of an organisation', async () => {
		const { member } = await buildOrganization('municipality');
		const homes = await (await call('rank-homes', bodies['rank-homes'], member)).json();
		expect(homes).toEqual({
			ranking: [
				{
					homeId: 'h1',
					feasible: true,
					score: 112,
					reasons: [
						'Plaatsing: +100.',
						'Wachttijd 60 dagen: +2.',
						'Behoeften waar het huis deskundig in is (trauma): +10.'
					]
				}
			]
		});
		const youths = await (await call('rank-youths', bodies['rank-youths'], member)).json();
		expect(youths.ranking[0]).toMatchObject({ youthId: 'y1', feasible: true, score: 112 });
		const assigned = await (await call('assign', bodies.assign, member)).json();
		expect(assigned).toMatchObject({ objective: 112, bound: 112, optimal: true, unplaced: [] });
		expect(assigned.assignments).toEqual([
			expect.objectContaining({ youthId: 'y1', homeId: 'h1', score: 112 })
		]);
	});

	it('gives 400 problem+json with a Dutch message per invalid field', async () => {
		const { member } = await buildOrganization();
		const body = {
			homes: [
				{ ...home, places: 9 },
				{ ...home, ageMin: 19 }
			],
			youths: [youth, { ...youth, gender: 'v' }],
			timeLimitSeconds: -1
		};
		const response = await call('assign', body, member);
		expect(response.status).toBe(400);
		const problem = await response.json();
		const paths = problem.errors.map((error: { path: string }) => error.path);
		expect(paths).toEqual(
			expect.arrayContaining(['homes/0/places', 'homes/1/ageMax', 'youths/1/gender', 'timeLimitSeconds'])
		);
		const duplicate = await (await call('rank-homes', { youth, homes: [home, home] }, member)).json();
		expect(duplicate.errors).toEqual([
			{ path: 'homes/1/id', message: 'Deze code (id) komt al eerder voor; elke code moet uniek zijn.' }
		]);
		expect((await call('rank-youths', 'geen object', member)).status).toBe(400);
	});
});

describe('assignInWorker', () => {
	it('agrees with brute force on small instances', async () => {
		for (let seed = 1; seed <= 6; seed++) {
			const raw = generateInstance(seed * 7919, { homes: 3, youths: 7, freeMin: 1, freeMax: 3 });
			const result = await assignInWorker(assignInputSchema.parse(raw));
			expect(referenceObjective(raw, result.assignments)).toEqual({
				feasible: true,
				objective: result.objective
			});
			expect(result.objective).toBe(referenceOptimum(raw));
			expect(result.optimal).toBe(true);
		}
	}, 60_000);

	it('honours the time limit on a large instance and still reports a valid answer and bound', async () => {
		const raw = generateInstance(11, { homes: 100, youths: 300 });
		const result = await assignInWorker(assignInputSchema.parse(raw), { timeLimitSeconds: 1 });
		expect(referenceObjective(raw, result.assignments)).toEqual({
			feasible: true,
			objective: result.objective
		});
		expect(result.bound).toBeGreaterThanOrEqual(result.objective);
		expect(result.optimal).toBe(result.bound === result.objective);
	}, 60_000);
});

const bin = resolve(import.meta.dirname, '../../../../../bin/kleinschalig.js');

function runCli(
	args: string[],
	input: unknown
): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, LOG_LEVEL: 'warn' } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', fail);
		child.on('close', (code) => done({ code, stdout, stderr }));
		child.stdin.end(typeof input === 'string' ? input : JSON.stringify(input));
	});
}

describe('kleinschalig rank-homes, rank-youths, assign', () => {
	it('print the same JSON as the functions, exit 2 on invalid input', async () => {
		const raw = generateInstance(5, { homes: 3, youths: 6 });
		const [homes, youths, assigned, invalid, badLimit] = await Promise.all([
			runCli(['rank-homes', '-'], { youth: raw.youths[0], homes: raw.homes, rules: raw.rules }),
			runCli(['rank-youths', '-'], { home: raw.homes[0], youths: raw.youths, rules: raw.rules }),
			runCli(['assign', '-', '--time-limit', '20'], raw),
			runCli(['assign', '-'], { homes: [{ id: 'h' }], youths: [] }),
			runCli(['assign', '-', '--time-limit', 'lang'], raw)
		]);
		expect(homes.code).toBe(0);
		expect(JSON.parse(homes.stdout).ranking).toHaveLength(3);
		expect(youths.code).toBe(0);
		expect(JSON.parse(youths.stdout).ranking).toHaveLength(6);
		expect(assigned.code).toBe(0);
		const result = JSON.parse(assigned.stdout);
		expect(result.objective).toBe(referenceOptimum(raw));
		expect(result.optimal).toBe(true);
		expect(invalid.code).toBe(2);
		expect(invalid.stderr).toContain('places');
		expect(badLimit.code).toBe(2);
	}, 60_000);
});
