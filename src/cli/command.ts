import type { ParseArgsOptionsConfig } from 'node:util';

/** Option values as node:util parseArgs returns them (no `multiple` options). */
export type OptionValues = Record<string, string | boolean | undefined>;

export interface CommandInput {
	values: OptionValues;
	positionals: string[];
	/** Standard input, for `-` as FILE. */
	stdin: NodeJS.ReadableStream;
}

/**
 * One CLI command: parse → call one module function → return the result, which the CLI prints
 * to standard output as JSON. Throw AppError('invalid-input') for bad input (exit code 2).
 */
export interface CliCommand {
	/** Usage line(s) shown by `kleinschalig help COMMAND`, e.g. "plan FILE". */
	usage: string;
	options?: ParseArgsOptionsConfig;
	/** How many positional arguments the command takes at most (default 0). */
	maxPositionals?: number;
	run(input: CommandInput): Promise<unknown>;
}

/** Identity helper that type-checks a command definition. */
export function defineCommand(command: CliCommand): CliCommand {
	return command;
}
