/**
 * Benchmark of the matching engine's `assign` (npm run bench:matching): seeded instances from
 * bench/matching/generate-instance.ts, the exact solver (HiGHS in a worker thread, as the server
 * runs it) side by side with the greedy baseline and the start it gets (greedy + local search;
 * `start s` is the time to build the model and that start). Prints figures, asserts nothing.
 *
 * Region-sized: 40 homes with 1–3 free places, 80 waiting youths, the twelve default needs.
 * Then 150 youths × 100 homes and 300 × 100 with a 60 s limit: time to proven optimality or the
 * gap reached. Run on an idle machine for comparable figures.
 */
import { describeAssignment } from '../src/lib/matching/describe-assignment.ts';
import { assignInputSchema } from '../src/lib/matching/matching-input.ts';
import { prepareAssignment } from '../src/lib/matching/assign.ts';
import { greedyAssign } from '../src/lib/matching/greedy-assign.ts';
import { assignInWorker } from '../src/lib/server/matching/engine/assign-in-worker.ts';
import { generateInstance, type InstanceSize } from './matching/generate-instance.ts';

interface Case {
	name: string;
	seed: number;
	size: InstanceSize;
	timeLimitSeconds: number;
}

const cases: Case[] = [
	...[1, 2, 3, 4, 5].map((seed) => ({
		name: `region ${seed}`,
		seed,
		size: { homes: 40, youths: 80 },
		timeLimitSeconds: 30
	})),
	{ name: '150 × 100', seed: 1, size: { homes: 100, youths: 150 }, timeLimitSeconds: 60 },
	{ name: '300 × 100', seed: 1, size: { homes: 100, youths: 300 }, timeLimitSeconds: 60 }
];

const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log(
	[
		'instance',
		'cands',
		'greedy',
		'+local',
		'start s',
		'objective',
		'bound',
		'gap %',
		'optimal',
		'seconds',
		'cpu s',
		'vs greedy'
	]
		.map((h, i) => pad(h, i === 0 ? 11 : 9))
		.join(' ')
);
for (const { name, seed, size, timeLimitSeconds } of cases) {
	const input = assignInputSchema.parse({ ...generateInstance(seed, size), timeLimitSeconds });
	const greedyStarted = performance.now();
	const prepared = prepareAssignment(input);
	const greedySeconds = (performance.now() - greedyStarted) / 1000;
	const objectiveOf = (chosen: number[]) =>
		describeAssignment(
			input,
			prepared.model,
			chosen.map((c) => prepared.model.candidates[c]?.home ?? -1),
			false
		).objective;
	const greedy = objectiveOf(greedyAssign(prepared.model));
	const improved = objectiveOf(prepared.greedy);
	// CPU time of the whole process (all threads): on a busy machine wall time overstates the work.
	const cpuBefore = process.cpuUsage();
	const result = await assignInWorker(input);
	const cpu = process.cpuUsage(cpuBefore);
	const cpuSeconds = (cpu.user + cpu.system) / 1e6;
	const gap = result.bound === 0 ? 0 : ((result.bound - result.objective) / result.bound) * 100;
	console.log(
		[
			pad(name, 11),
			pad(prepared.model.candidates.length, 9),
			pad(greedy, 9),
			pad(improved, 9),
			pad(greedySeconds.toFixed(2), 9),
			pad(result.objective, 9),
			pad(result.bound, 9),
			pad(gap.toFixed(2), 9),
			pad(String(result.optimal), 9),
			pad(result.seconds.toFixed(2), 9),
			pad(cpuSeconds.toFixed(2), 9),
			pad(`+${(((result.objective - greedy) / greedy) * 100).toFixed(1)}%`, 9)
		].join(' ')
	);
}
