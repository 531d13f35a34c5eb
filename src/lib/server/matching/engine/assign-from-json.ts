import { assign, type AssignResult } from '../../../matching/assign.ts';
import { assignInputSchema } from '../../../matching/matching-input.ts';
import { parseInput } from '../../validation.ts';
import { assignInWorker } from './assign-in-worker.ts';

/**
 * assign (matching.md) for untrusted JSON: validates (Dutch field errors) and solves, by default in
 * a worker thread: the server stays responsive and the time limit holds even while HiGHS is in
 * a phase that does not check its clock. No database.
 */
export function assignFromJson(
	input: unknown,
	options: { timeLimitSeconds?: number; inWorker?: boolean } = {}
): Promise<AssignResult> {
	const parsed = parseInput(assignInputSchema, input);
	const solve = options.inWorker === false ? assign : assignInWorker;
	return solve(parsed, { timeLimitSeconds: options.timeLimitSeconds });
}
