import { parseArgs } from 'node:util';
import { format, m } from '../lib/i18n/nl.ts';
import { appVersion } from '../lib/server/api/version.ts';
import { ConfigError } from '../lib/server/env.ts';
import { isAppError, type FieldError } from '../lib/server/errors.ts';
import { logToStderr } from '../lib/server/log.ts';
import type { CliCommand } from './command.ts';
import { commands } from './commands.ts';

export interface CliIO {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	stdin: NodeJS.ReadableStream;
}

const processIO: CliIO = {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	stdin: process.stdin
};

/** Exit codes of contracts.md. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_INVALID_INPUT = 2;

function helpText(): string {
	const width = Math.max(...Object.keys(commands).map((name) => name.length));
	return [
		'Usage: kleinschalig COMMAND [options]',
		'',
		'Commands:',
		...Object.entries(commands).map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`),
		`  ${'help'.padEnd(width)}  Show this help, or the usage of one command (help COMMAND)`,
		'',
		'Options: --help, --version',
		'The database is the one DATABASE_URL names (unset: ./data/pglite).',
		'Results are printed as JSON. Exit codes: 0 success, 2 invalid input (errors on stderr), 1 other failure.',
		''
	].join('\n');
}

function usageText(name: string, command: CliCommand): string {
	return `Usage: kleinschalig ${command.usage}\n\n${commands[name]?.summary ?? ''}\n`;
}

// node:util parseArgs reports in English with error codes; users get one Dutch message per problem.
function argumentErrorOf(error: Error): FieldError {
	const code = 'code' in error ? String(error.code) : '';
	const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
	const option = quoted.split(' ')[0] ?? quoted;
	switch (code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return { path: option, message: format(m.platform.cli.unknownOption, { option }) };
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return { path: option, message: format(m.platform.cli.missingValue, { option }) };
		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return { path: quoted, message: format(m.platform.cli.unexpectedArgument, { argument: quoted }) };
		default:
			return { path: '', message: m.platform.cli.invalidArguments };
	}
}

function printInvalid(io: CliIO, errors: FieldError[]): number {
	io.stderr(`${JSON.stringify({ errors }, null, 2)}\n`);
	return EXIT_INVALID_INPUT;
}

async function runCommand(command: CliCommand, args: string[], io: CliIO): Promise<number> {
	let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
	try {
		parsed = parseArgs({
			args,
			options: command.options ?? {},
			allowPositionals: (command.maxPositionals ?? 0) > 0,
			strict: true
		}) as typeof parsed;
	} catch (error) {
		if (error instanceof Error && 'code' in error) return printInvalid(io, [argumentErrorOf(error)]);
		throw error;
	}
	const extra = parsed.positionals[command.maxPositionals ?? 0];
	if (extra !== undefined) {
		return printInvalid(io, [
			{ path: extra, message: format(m.platform.cli.unexpectedArgument, { argument: extra }) }
		]);
	}
	const result = await command.run({
		values: parsed.values,
		positionals: parsed.positionals,
		stdin: io.stdin
	});
	if (result !== undefined) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
	return EXIT_OK;
}

/** Runs `kleinschalig ARGS…` and returns the exit code; output goes through `io`. */
export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
	// Standard output carries results as JSON; log lines must not end up in it.
	logToStderr();
	const [first, ...rest] = argv;
	if (
		first === undefined ||
		first === '--help' ||
		first === '-h' ||
		(first === 'help' && rest.length === 0)
	) {
		io.stdout(helpText());
		return EXIT_OK;
	}
	if (first === '--version' || first === '-v') {
		io.stdout(`${appVersion()}\n`);
		return EXIT_OK;
	}
	const name = first === 'help' ? rest[0]! : first;
	const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
	if (!entry) {
		const message = format(m.platform.cli.unknownCommand, { name });
		return printInvalid(io, [{ path: 'command', message }]);
	}
	try {
		const command = (await entry.load()).default;
		if (first === 'help' || rest.includes('--help') || rest.includes('-h')) {
			io.stdout(usageText(name, command));
			return EXIT_OK;
		}
		return await runCommand(command, rest, io);
	} catch (error) {
		if (isAppError(error) && error.code === 'invalid-input') {
			return printInvalid(
				io,
				error.fieldErrors.length > 0 ? error.fieldErrors : [{ path: '', message: error.message }]
			);
		}
		if (error instanceof ConfigError) {
			io.stderr(`${error.problems.map((problem) => `Configuration error: ${problem}`).join('\n')}\n`);
			return EXIT_FAILURE;
		}
		const code = isAppError(error) ? error.code : 'internal';
		const message = isAppError(error)
			? error.message
			: format(m.platform.cli.failed, { message: error instanceof Error ? error.message : String(error) });
		io.stderr(`${JSON.stringify({ error: code, message }, null, 2)}\n`);
		if (!isAppError(error) && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
		return EXIT_FAILURE;
	}
}
