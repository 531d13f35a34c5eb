import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import {
	assign,
	finishAssignment,
	prepareAssignment,
	type AssignOptions,
	type AssignResult
} from '../../../matching/assign.ts';
import type { AssignMip } from '../../../matching/assign-model.ts';
import type { AssignInput } from '../../../matching/matching-input.ts';
import { highsOptionsFor, type MipOutcome } from '../../../matching/solve-mip.ts';
import { solverWorkerSource } from './solver-worker-source.ts';

/** Up to this many MIP columns HiGHS solves in milliseconds: no worker needed. */
const smallProblemColumns = 60;

/** Extra time the worker gets beyond HiGHS's own limit before it is terminated. */
const graceSeconds = 1;

type WorkerMessage =
	| { kind: 'incumbent'; columns: number[] }
	| { kind: 'bound'; dualBound: number }
	| { kind: 'done'; columns: number[] | null; dualBound: number | null; isOptimal: boolean }
	| { kind: 'error'; message: string };

/**
 * assign (matching.md) with HiGHS in a worker thread, so the server keeps answering requests.
 * The time limit holds: a worker that overruns it is terminated and the best solution and
 * bound it reported so far are used.
 */
export async function assignInWorker(input: AssignInput, options: AssignOptions = {}): Promise<AssignResult> {
	const started = performance.now();
	const timeLimitSeconds = options.timeLimitSeconds ?? input.timeLimitSeconds;
	const prepared = prepareAssignment(input);
	// Nothing to solve, or so little that starting a worker would cost more than solving here.
	if (!prepared.formulation || prepared.formulation.mip.numCols <= smallProblemColumns)
		return assign(input, options);
	const { mip, boundLp, encode } = prepared.formulation;
	const remaining = Math.max(0.05, timeLimitSeconds - (performance.now() - started) / 1000);
	const outcome = await solveInWorker({ mip, boundLp }, encode(prepared.greedy), remaining);
	return finishAssignment(input, prepared, outcome, (performance.now() - started) / 1000);
}

/** Runs the MIP in a worker; resolves with the final answer, or with the last reports on overrun. */
export function solveInWorker(
	problem: { mip: AssignMip; boundLp: AssignMip },
	start: number[],
	timeLimitSeconds: number
): Promise<MipOutcome> {
	const highsPath = createRequire(import.meta.url).resolve('highs');
	const worker = new Worker(solverWorkerSource, {
		eval: true,
		workerData: { highsPath, ...problem, start, options: highsOptionsFor(timeLimitSeconds) }
	});
	const latest: MipOutcome = { columns: null, dualBound: null, isOptimal: false };
	return new Promise((resolve) => {
		let isSettled = false;
		const settle = (outcome: MipOutcome) => {
			if (isSettled) return;
			isSettled = true;
			clearTimeout(guard);
			void worker.terminate();
			resolve(outcome);
		};
		const guard = setTimeout(() => settle(latest), (timeLimitSeconds + graceSeconds) * 1000);
		worker.on('message', (message: WorkerMessage) => {
			if (message.kind === 'incumbent') latest.columns = message.columns;
			else if (message.kind === 'bound')
				latest.dualBound = Math.min(message.dualBound, latest.dualBound ?? Infinity);
			else if (message.kind === 'done') {
				const bounds = [message.dualBound, latest.dualBound].filter((b): b is number => b !== null);
				settle({
					columns: message.columns ?? latest.columns,
					dualBound: bounds.length > 0 ? Math.min(...bounds) : null,
					isOptimal: message.isOptimal
				});
			} else settle(latest);
		});
		// A crashed worker still leaves the greedy start and the trivial bound (finishAssignment).
		worker.on('error', () => settle(latest));
		worker.on('exit', () => settle(latest));
	});
}
