import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POST } from '../../../routes/api/v1/planner/scenario/+server.ts';
import { buildRequestEvent } from '../http/build-test-event.ts';

// Contract 2 through both public doors (the spawned CLI and the API endpoint), checked against a
// reference written separately from src/lib/planner: Erlang B from its closed form in log space.

interface Scenario {
	arrivalsPerYear: number;
	averageStayDays: number;
	maxNoPlaceProbability?: number;
	groupSize?: number;
	ratio?: number;
	hoursPerFte?: number;
	rosterableShare?: number;
	costPerFtePerYear?: number;
	otherCostPerPlacePerYear?: number;
}

type Result = Record<string, number>;

/** ErlangB(c, A) for every c from 0 up: (A^c / c!) / Σ_{k ≤ c} A^k / k!, summed in log space. */
function* referenceErlangB(a: number): Generator<{ c: number; b: number }> {
	const logTerms: number[] = [];
	let logTerm = 0; // log(A^0 / 0!)
	for (let c = 0; ; c++) {
		if (c > 0) logTerm += Math.log(a) - Math.log(c);
		logTerms.push(logTerm);
		const max = Math.max(...logTerms);
		let sum = 0;
		for (const t of logTerms) sum += Math.exp(t - max);
		yield { c, b: Math.exp(logTerm - max - Math.log(sum)) };
	}
}

/** The contract's table, computed straight from its definitions. */
function reference(s: Scenario): Result {
	const target = s.maxNoPlaceProbability ?? 0.05;
	const groupSize = s.groupSize ?? 4;
	const ratio = s.ratio ?? 4;
	const hours = s.hoursPerFte ?? 36;
	const share = s.rosterableShare ?? 0.8;
	const costPerFte = s.costPerFtePerYear ?? 75000;
	const otherCost = s.otherCostPerPlacePerYear ?? 30000;
	const a = (s.arrivalsPerYear * s.averageStayDays) / 365;
	let places = 0;
	let b = 1;
	for (const step of referenceErlangB(a)) {
		if (step.c >= 1 && step.b <= target) {
			places = step.c;
			b = step.b;
			break;
		}
	}
	const homes = Math.ceil(places / groupSize);
	const carers = Math.ceil(groupSize / ratio);
	const ftePerHome = (carers * 168) / (hours * share);
	const costPerYear = homes * ftePerHome * costPerFte + homes * groupSize * otherCost;
	return {
		offeredLoad: a,
		places,
		noPlaceProbability: b,
		occupancy: (a * (1 - b)) / places,
		homes,
		carersOnDutyPerHome: carers,
		ftePerHome,
		fteTotal: homes * ftePerHome,
		costPerYear,
		costPerOccupiedDay: costPerYear / (a * (1 - b) * 365)
	};
}

const bin = resolve(import.meta.dirname, '../../../../bin/kleinschalig.js');

function runCli(input: unknown): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [bin, 'plan', '-'], { env: { ...process.env, LOG_LEVEL: 'warn' } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', fail);
		child.on('close', (code) => done({ code, stdout, stderr }));
		child.stdin.end(JSON.stringify(input));
	});
}

async function runApi(input: unknown): Promise<Response> {
	const event = buildRequestEvent('http://localhost/api/v1/planner/scenario', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(input)
	});
	return POST(event as Parameters<typeof POST>[0]);
}

function expectAgrees(actual: Result, expected: Result): void {
	expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
	for (const integer of ['places', 'homes', 'carersOnDutyPerHome'])
		expect(actual[integer]).toBe(expected[integer]);
	for (const [key, value] of Object.entries(expected)) {
		const got = actual[key]!;
		expect(Number.isFinite(got), key).toBe(true);
		expect(Math.abs(got - value), key).toBeLessThanOrEqual(1e-9 * Math.abs(value) + 1e-300);
	}
}

const handcrafted: Scenario[] = [
	{ arrivalsPerYear: 40, averageStayDays: 300 },
	{ arrivalsPerYear: 0.5, averageStayDays: 1 }, // almost no load: one place is enough
	{ arrivalsPerYear: 12, averageStayDays: 365, maxNoPlaceProbability: 0.5, groupSize: 1, ratio: 1 },
	{ arrivalsPerYear: 60, averageStayDays: 200, groupSize: 6, ratio: 4, rosterableShare: 1 }, // 2 carers on duty
	{
		arrivalsPerYear: 25,
		averageStayDays: 180,
		groupSize: 5,
		ratio: 2,
		hoursPerFte: 32,
		costPerFtePerYear: 0
	},
	{ arrivalsPerYear: 80, averageStayDays: 120, otherCostPerPlacePerYear: 0, maxNoPlaceProbability: 0.2 },
	{ arrivalsPerYear: 400, averageStayDays: 365, maxNoPlaceProbability: 0.01 }, // hundreds of places
	{ arrivalsPerYear: 2000, averageStayDays: 300, maxNoPlaceProbability: 0.001, groupSize: 3 } // thousands
];

const generated: Scenario[] = fc.sample(
	fc.record(
		{
			arrivalsPerYear: fc.double({ min: 0.1, max: 600, noNaN: true }),
			averageStayDays: fc.double({ min: 1, max: 730, noNaN: true }),
			maxNoPlaceProbability: fc.double({ min: 0.0005, max: 0.9, noNaN: true }),
			groupSize: fc.integer({ min: 1, max: 6 }),
			ratio: fc.integer({ min: 1, max: 8 }),
			hoursPerFte: fc.double({ min: 8, max: 40, noNaN: true }),
			rosterableShare: fc.double({ min: 0.5, max: 1, noNaN: true }),
			costPerFtePerYear: fc.integer({ min: 0, max: 150000 }),
			otherCostPerPlacePerYear: fc.integer({ min: 0, max: 80000 })
		},
		{ requiredKeys: ['arrivalsPerYear', 'averageStayDays'] }
	),
	{ numRuns: 24, seed: 20261122 }
);

const invalid: { input: unknown; paths: string[] }[] = [
	{ input: {}, paths: ['arrivalsPerYear', 'averageStayDays'] },
	{
		input: { arrivalsPerYear: 10, averageStayDays: 100, maxNoPlaceProbability: 1 },
		paths: ['maxNoPlaceProbability']
	},
	{
		input: { arrivalsPerYear: '10', averageStayDays: 0, groupSize: 7, ratio: 0.5 },
		paths: ['arrivalsPerYear', 'averageStayDays', 'groupSize', 'ratio']
	},
	{
		input: { arrivalsPerYear: 10, averageStayDays: 100, rosterableShare: 0, costPerFtePerYear: -1 },
		paths: ['costPerFtePerYear', 'rosterableShare']
	},
	{ input: [1, 2], paths: [''] }
];

// Spawning runs Node + tsx per scenario; run a few at a time.
async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = [];
	for (let i = 0; i < items.length; i += size)
		results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
	return results;
}

describe('contract 2 through the CLI and the API', { timeout: 180_000 }, () => {
	const scenarios = [...handcrafted, ...generated];

	it('agrees with the closed-form reference through the API', async () => {
		for (const scenario of scenarios) {
			const response = await runApi(scenario);
			expect(response.status).toBe(200);
			expectAgrees((await response.json()) as Result, reference(scenario));
		}
	});

	it('agrees with the closed-form reference through `kleinschalig plan -`', async () => {
		const runs = await inBatches(scenarios, 8, runCli);
		runs.forEach((run, i) => {
			expect(run.code, run.stderr).toBe(0);
			expectAgrees(JSON.parse(run.stdout) as Result, reference(scenarios[i]!));
		});
	});

	it('refuses invalid input alike: 400 with problem+json and exit code 2, one Dutch message per field', async () => {
		const runs = await inBatches(invalid, 8, (c) => runCli(c.input));
		for (const [i, { input, paths }] of invalid.entries()) {
			const response = await runApi(input);
			expect(response.status).toBe(400);
			expect(response.headers.get('content-type')).toContain('application/problem+json');
			const problem = (await response.json()) as { errors: { path: string; message: string }[] };
			expect(problem.errors.map((e) => e.path).sort()).toEqual(paths);
			const run = runs[i]!;
			expect(run.code).toBe(2);
			expect(run.stdout).toBe('');
			const cliErrors = (JSON.parse(run.stderr) as { errors: { path: string; message: string }[] }).errors;
			expect(cliErrors).toEqual(problem.errors);
			for (const e of cliErrors) expect(e.message).toMatch(/^(De|Het|Een) /);
		}
	});

	it('answers a bad file name and broken JSON with exit code 2', async () => {
		const run = await new Promise<{ code: number | null }>((done) => {
			const child = spawn(process.execPath, [bin, 'plan', '-']);
			child.on('close', (code) => done({ code }));
			child.stdin.end('{ not json');
		});
		expect(run.code).toBe(2);
	});
});
