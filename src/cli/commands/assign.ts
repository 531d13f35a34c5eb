import { m } from '../../lib/i18n/nl.ts';
import { AppError } from '../../lib/server/errors.ts';
import { assignFromJson } from '../../lib/server/matching/engine/assign-from-json.ts';
import { defineCommand } from '../command.ts';
import { readJsonInput } from '../read-json-input.ts';

/** The --time-limit value in seconds, checked like the input's timeLimitSeconds. */
function timeLimitOf(value: string | boolean | undefined): number | undefined {
	if (value === undefined) return undefined;
	const seconds = Number(value);
	if (typeof value !== 'string' || !Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
		const message = m.matching.engine.input.timeLimitSeconds;
		throw new AppError('invalid-input', message, [{ path: 'timeLimitSeconds', message }]);
	}
	return seconds;
}

// A calculation command: no database import here (contracts.md, "open no database").
export default defineCommand({
	usage:
		'assign FILE [--time-limit SECONDS]   the best assignment of a waiting list to free places (matching.md)',
	options: { 'time-limit': { type: 'string' } },
	maxPositionals: 1,
	run: async ({ values, positionals, stdin }) => {
		const timeLimitSeconds = timeLimitOf(values['time-limit']);
		return assignFromJson(await readJsonInput(positionals[0], stdin), { timeLimitSeconds });
	}
});
