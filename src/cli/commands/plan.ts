import { planFromJson } from '../../lib/server/planner/plan-from-json.ts';
import { defineCommand } from '../command.ts';
import { readJsonInput } from '../read-json-input.ts';

// A calculation command: no database import here (contracts.md, "open no database").
export default defineCommand({
	usage: 'plan FILE   (FILE is a JSON scenario, or - for standard input)',
	maxPositionals: 1,
	run: async ({ positionals, stdin }) => planFromJson(await readJsonInput(positionals[0], stdin))
});
