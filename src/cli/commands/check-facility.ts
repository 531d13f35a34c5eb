import { runDefinitionCheck } from '../../lib/server/register/run-definition-check.ts';
import { defineCommand } from '../command.ts';
import { readJsonInput } from '../read-json-input.ts';

export default defineCommand({
	usage: 'check-facility FILE    the definitietoets of one home (JSON; FILE may be - for standard input)',
	maxPositionals: 1,
	run: async ({ positionals, stdin }) => runDefinitionCheck(await readJsonInput(positionals[0], stdin))
});
