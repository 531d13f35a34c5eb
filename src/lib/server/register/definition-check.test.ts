/**
 * Contract 1 end to end: several hundred generated and handcrafted homes through the JSON API
 * handler and the `kleinschalig check-facility` command, compared with the independent reference
 * in tests/reference (criteria table + minute-by-minute roster).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main.ts';
import { POST } from '../../../routes/api/v1/definition-check/+server.ts';
import { referenceCheck, type ReferenceHome } from '../../../../tests/reference/definition-check.ts';
import { buildRequestEvent } from '../http/build-test-event.ts';

const bin = resolve(import.meta.dirname, '../../../../bin/kleinschalig.js');

const clock = (minute: number) =>
	`${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 4 });
// Whole and half hours hit shared boundaries and midnight often; any minute finds off-by-ones.
const time = (max: number) =>
	fc.oneof(
		fc.integer({ min: 0, max: Math.floor(max / 30) }).map((half) => clock(half * 30)),
		fc.integer({ min: 0, max }).map(clock)
	);
const shift = fc.record({
	weekday: fc.integer({ min: 1, max: 7 }),
	start: time(1439),
	end: time(1440),
	carers: fc.integer({ min: 0, max: 3 })
});
const ageBounds = fc
	.tuple(maybe(fc.integer({ min: 0, max: 30 })), maybe(fc.integer({ min: 0, max: 30 })))
	.map(([a, b]) => (a !== undefined && b !== undefined && a > b ? [b, a] : [a, b]));
const generatedHome: fc.Arbitrary<ReferenceHome & { name?: string; regime?: string }> = fc
	.record({
		name: maybe(fc.constantFrom('Huis De Linde', 'Het Anker', 'Villa Zon')),
		aroundTheClock: maybe(fc.boolean()),
		setting: maybe(fc.constantFrom('neighbourhood' as const, 'campus' as const)),
		regime: maybe(fc.constantFrom('open', 'closed')),
		places: maybe(fc.integer({ min: 1, max: 12 })),
		ages: ageBounds,
		residentAges: maybe(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 6 })),
		homeLike: maybe(fc.boolean()),
		staffLiveIn: maybe(fc.boolean()),
		fixedTeam: maybe(fc.boolean()),
		individualCare: maybe(fc.boolean()),
		perspective: maybe(
			fc.record({
				housing: maybe(fc.boolean()),
				care: maybe(fc.boolean()),
				educationOrWork: maybe(fc.boolean())
			})
		),
		roster: maybe(fc.oneof(fc.array(shift, { maxLength: 14 }), fullWeekWithHoles()))
	})
	.map(({ ages: [ageMin, ageMax], ...rest }) => ({ ...rest, ageMin, ageMax }));

// Realistic rosters: three shifts a day, some removed or shortened, so "meets" is common too.
function fullWeekWithHoles() {
	return fc
		.tuple(fc.integer({ min: 1, max: 2 }), fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 2 }))
		.map(([carers, holes]) =>
			[1, 2, 3, 4, 5, 6, 7]
				.flatMap((weekday) => [
					{ weekday, start: '07:00', end: '15:00', carers },
					{ weekday, start: '15:00', end: '23:00', carers },
					{ weekday, start: '23:00', end: '07:00', carers }
				])
				.filter((_, i) => !holes.includes(i))
		);
}

const fullDay = (carers: number) =>
	[1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '00:00', carers }));
const linde = {
	name: 'Huis De Linde',
	aroundTheClock: true,
	setting: 'neighbourhood' as const,
	regime: 'open',
	places: 4,
	ageMin: 12,
	ageMax: 18,
	residentAges: [13, 15, 17],
	homeLike: true,
	staffLiveIn: false,
	fixedTeam: true,
	individualCare: true,
	perspective: { housing: true, care: true, educationOrWork: true },
	roster: fullDay(1)
};

const handcrafted: ReferenceHome[] = [
	linde,
	{},
	{
		...linde,
		places: 5,
		roster: [
			...fullDay(2).filter((s) => s.weekday !== 2),
			{ weekday: 2, start: '00:00', end: '23:00', carers: 2 },
			{ weekday: 2, start: '23:00', end: '24:00', carers: 1 }
		]
	},
	{ ...linde, roster: [] },
	{ ...linde, places: 6 },
	{ ...linde, places: 7 },
	{ ...linde, places: 8, roster: fullDay(2) },
	{ ...linde, places: 9, roster: fullDay(2) },
	{ ...linde, setting: 'campus' },
	{ ...linde, staffLiveIn: true },
	{ ...linde, ageMin: 7 },
	{ ...linde, ageMax: 24 },
	{ ...linde, residentAges: [] },
	{ ...linde, residentAges: [6, 25] },
	{ ...linde, ageMin: 12, ageMax: 16, residentAges: [17] },
	{ ...linde, perspective: { housing: true, care: true } },
	{ ...linde, perspective: { housing: true, care: false } },
	{ ...linde, roster: undefined },
	{ ...linde, places: undefined },
	{ ...linde, roster: [{ weekday: 7, start: '23:00', end: '01:00', carers: 1 }] },
	{ ...linde, roster: [{ weekday: 1, start: '00:00', end: '00:00', carers: 1 }] },
	{ ...linde, roster: [...fullDay(1), { weekday: 3, start: '08:00', end: '08:01', carers: 0 }] },
	{ ...linde, roster: [{ weekday: 1, start: '07:00', end: '07:00', carers: 7 }, ...fullDay(1).slice(1)] },
	{
		...linde,
		roster: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '07:00', end: '07:00', carers: 1 }))
	},
	{
		...linde,
		roster: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '12:30', end: '12:29', carers: 1 }))
	},
	{ ...linde, roster: [{ weekday: 1, start: '23:59', end: '24:00', carers: 1 }] },
	{ ...linde, places: 5, roster: [...fullDay(1), { weekday: 4, start: '08:00', end: '20:00', carers: 1 }] },
	{ ...linde, aroundTheClock: false, homeLike: false, fixedTeam: false, individualCare: false }
];

const homes: ReferenceHome[] = [
	...handcrafted,
	...fc.sample(generatedHome, { numRuns: 400, seed: 20261122 })
];

async function viaApi(body: unknown): Promise<{ status: number; json: unknown }> {
	const event = buildRequestEvent('http://localhost/api/v1/definition-check', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	const response = await POST(event as never);
	return { status: response.status, json: await response.json() };
}

// The function the `kleinschalig` binary runs, with standard input and output captured.
async function viaCli(body: unknown): Promise<{ code: number; stdout: string; stderr: string }> {
	let stdout = '';
	let stderr = '';
	const code = await runCli(['check-facility', '-'], {
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text),
		stdin: Readable.from([JSON.stringify(body)])
	});
	return { code, stdout, stderr };
}

function spawnCli(body: unknown): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [bin, 'check-facility', '-'], {
			env: { ...process.env, LOG_LEVEL: 'warn' }
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', fail);
		child.on('close', (code) => done({ code, stdout, stderr }));
		child.stdin.end(JSON.stringify(body));
	});
}

const withoutReasons = (result: {
	verdict: string;
	criteria: { id: string; status: string }[];
	rosterGaps: unknown[];
}) => ({
	verdict: result.verdict,
	criteria: result.criteria.map(({ id, status }) => ({ id, status })),
	rosterGaps: result.rosterGaps
});

describe('contract 1 through the API and the CLI', () => {
	it(`agrees with the reference on ${homes.length} homes, and API and CLI give the same JSON`, async () => {
		const verdicts = new Set<string>();
		for (const home of homes) {
			const expected = referenceCheck(home);
			const api = await viaApi(home);
			expect(api.status).toBe(200);
			const result = api.json as Parameters<typeof withoutReasons>[0] & { criteria: { reason: string }[] };
			expect(withoutReasons(result), JSON.stringify(home)).toEqual(expected);
			for (const criterion of result.criteria) expect(criterion.reason).toMatch(/^[A-Z].+\.$/);
			const cli = await viaCli(home);
			expect(cli.code).toBe(0);
			expect(JSON.parse(cli.stdout)).toEqual(api.json);
			verdicts.add(result.verdict);
		}
		// The generated set must exercise every verdict, or it proves little.
		expect([...verdicts].sort()).toEqual(['does-not-meet', 'incomplete', 'meets', 'meets-with-remarks']);
	});

	it(
		'gives the same answers from the real `kleinschalig` process (a sample, spawned)',
		{ timeout: 120_000 },
		async () => {
			const sample = [handcrafted[0]!, handcrafted[2]!, handcrafted[19]!, ...homes.slice(100, 103)];
			const runs = await Promise.all(sample.map(spawnCli));
			runs.forEach((run, i) => {
				expect(run.code, run.stderr).toBe(0);
				expect(withoutReasons(JSON.parse(run.stdout))).toEqual(referenceCheck(sample[i]!));
			});
			const invalid = await spawnCli({ places: 0 });
			expect(invalid.code).toBe(2);
			expect(JSON.parse(invalid.stderr).errors).toEqual([
				{ path: 'places', message: expect.stringContaining('plaatsen') }
			]);
		}
	);

	const invalidInputs: [string, unknown, string[]][] = [
		['places below 1', { places: 0 }, ['places']],
		['a wrong type', { places: 'vier', homeLike: 'ja' }, ['places', 'homeLike']],
		['ageMin above ageMax', { ageMin: 16, ageMax: 12 }, ['ageMax']],
		['an age outside 0–30', { ageMin: -1, residentAges: [31] }, ['ageMin', 'residentAges/0']],
		[
			'a weekday outside 1–7',
			{ roster: [{ weekday: 0, start: '07:00', end: '15:00', carers: 1 }] },
			['roster/0/weekday']
		],
		[
			'a time that is not HH:MM',
			{ roster: [{ weekday: 1, start: '7:00', end: '24:30', carers: 1 }] },
			['roster/0/start', 'roster/0/end']
		],
		[
			'negative carers',
			{ roster: [{ weekday: 1, start: '07:00', end: '15:00', carers: -1 }] },
			['roster/0/carers']
		],
		['not an object', [1, 2], ['']],
		['an unknown setting', { setting: 'bos' }, ['setting']]
	];

	for (const [what, body, paths] of invalidInputs) {
		it(`refuses ${what}: 400 problem and exit 2, a Dutch message per field`, async () => {
			const api = await viaApi(body);
			expect(api.status).toBe(400);
			const problem = api.json as { type: string; errors: { path: string; message: string }[] };
			expect(problem.type).toBe('urn:kleinschalig:problem:invalid-input');
			expect(problem.errors.map((e) => e.path)).toEqual(paths);
			for (const error of problem.errors) expect(error.message).toMatch(/^[A-Z].+\.$/);
			const cli = await viaCli(body);
			expect(cli.code).toBe(2);
			expect(cli.stdout).toBe('');
			expect(JSON.parse(cli.stderr).errors).toEqual(problem.errors);
		});
	}

	it('answers a body that is not JSON with 400, and needs no login', async () => {
		const event = buildRequestEvent('http://localhost/api/v1/definition-check', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{places: 4'
		});
		const response = await POST(event as never);
		expect(response.status).toBe(400);
		expect((await viaApi(linde)).status).toBe(200);
	});
});
