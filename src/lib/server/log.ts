import { pino, type DestinationStream, type Logger } from 'pino';
import { env } from './env.ts';

export type { Logger } from 'pino';

let logger: Logger | undefined;
// Where lines go: stdout for the server; stderr for the CLI, whose standard output carries JSON
// results that log lines must not interleave with; a stream in tests that read the lines.
let destination: 1 | 2 | DestinationStream = 1;

/** The one logger of the process: JSON lines, level from LOG_LEVEL. */
export function getLogger(): Logger {
	logger ??= pino(
		{
			level: env().LOG_LEVEL,
			base: { service: 'kleinschalig' },
			timestamp: pino.stdTimeFunctions.isoTime,
			formatters: { level: (label) => ({ level: label }) }
		},
		typeof destination === 'number'
			? // Synchronous writes: a crash or process.exit() right after a log call must not lose it.
				pino.destination({ dest: destination, sync: true })
			: destination
	);
	return logger;
}

/** Sends log lines to standard error instead of standard output (call before the first log). */
export function logToStderr(): void {
	destination = 2;
	logger = undefined;
}

/** Sends log lines to a stream (tests read them back); the next getLogger() uses it. */
export function logToStream(stream: DestinationStream): void {
	destination = stream;
	logger = undefined;
}
