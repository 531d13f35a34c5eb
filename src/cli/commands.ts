import type { CliCommand } from './command.ts';

interface CommandEntry {
	/** One line for `kleinschalig help`. */
	summary: string;
	/** Loaded only when run, so a calculation command never imports database code. */
	load: () => Promise<{ default: CliCommand }>;
}

/** Every command of `kleinschalig`. Adding one: a file in commands/ plus one line here. */
export const commands: Record<string, CommandEntry> = {
	migrate: { summary: 'Run pending database migrations', load: () => import('./commands/migrate.ts') },
	seed: { summary: 'Fill an empty database with the demo data (--demo)', load: () => import('./commands/seed.ts') },
	'check-facility': {
		summary: 'Definitietoets of one home (contract 1), no database',
		load: () => import('./commands/check-facility.ts')
	},
	'create-admin': {
		summary: 'Create a platform admin, or make an existing user admin',
		load: () => import('./commands/create-admin.ts')
	},
	plan: { summary: 'Plan places, homes, FTE and cost of a scenario (omslagplanner)', load: () => import('./commands/plan.ts') }
};
