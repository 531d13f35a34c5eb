import { rankYouthsFromJson } from '../../lib/server/matching/engine/rank-youths-from-json.ts';
import { defineCommand } from '../command.ts';
import { readJsonInput } from '../read-json-input.ts';

// A calculation command: no database import here (contracts.md, "open no database").
export default defineCommand({
	usage:
		'rank-youths FILE   every youth for one vacancy (matching.md; FILE is JSON, or - for standard input)',
	maxPositionals: 1,
	run: async ({ positionals, stdin }) => rankYouthsFromJson(await readJsonInput(positionals[0], stdin))
});
