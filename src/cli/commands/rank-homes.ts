import { rankHomesFromJson } from '../../lib/server/matching/engine/rank-homes-from-json.ts';
import { defineCommand } from '../command.ts';
import { readJsonInput } from '../read-json-input.ts';

// A calculation command: no database import here (contracts.md, "open no database").
export default defineCommand({
	usage: 'rank-homes FILE   every home for one youth (matching.md; FILE is JSON, or - for standard input)',
	maxPositionals: 1,
	run: async ({ positionals, stdin }) => rankHomesFromJson(await readJsonInput(positionals[0], stdin))
});
