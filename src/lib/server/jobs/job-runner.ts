import { getLogger } from '../log.ts';
import { runDueJobs } from './run-due-jobs.ts';

let timer: NodeJS.Timeout | undefined;
let running: Promise<unknown> | undefined;

/**
 * Runs due jobs every `intervalMs` in this process until stopJobRunner(). A tick never overlaps the
 * previous one; several instances may each run a runner (they share the work, never a job).
 */
export function startJobRunner(intervalMs = 30_000): void {
	if (timer) return;
	const tick = () => {
		if (running) return;
		running = runDueJobs()
			.catch((error: unknown) => getLogger().error({ err: error }, 'job runner tick failed'))
			.finally(() => (running = undefined));
	};
	timer = setInterval(tick, intervalMs);
	timer.unref();
	setTimeout(tick, 1_000).unref();
}

/** Stops the runner and waits for a tick in progress to finish. */
export async function stopJobRunner(): Promise<void> {
	clearInterval(timer);
	timer = undefined;
	await running;
}
