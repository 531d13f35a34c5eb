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
	'run-jobs': {
		summary: 'Run the scheduled jobs that are due (reminders, clean-ups) once, then stop',
		load: () => import('./commands/run-jobs.ts')
	},
	seed: { summary: 'Fill an empty database with the demo data (--demo)', load: () => import('./commands/seed.ts') },
	'check-facility': {
		summary: 'Definitietoets of one home (contract 1), no database',
		load: () => import('./commands/check-facility.ts')
	},
	'create-admin': {
		summary: 'Create a platform admin, or make an existing user admin',
		load: () => import('./commands/create-admin.ts')
	},
	'import-articles': {
		summary: 'Import Markdown articles into the kennisdossier (contract 3), optionally --publish',
		load: () => import('./commands/import-articles.ts')
	},
	search: {
		summary: 'Search the published kennisdossier articles (contract 3): search "TEXT" [--limit N]',
		load: () => import('./commands/search.ts')
	},
	plan: { summary: 'Plan places, homes, FTE and cost of a scenario (omslagplanner)', load: () => import('./commands/plan.ts') },
	'monitor-figures': {
		summary: 'Open data of the monitor: suppressed figures per area and quarter (as GET /api/v1/monitor/figures)',
		load: () => import('./commands/monitor-figures.ts')
	},
	'rank-homes': {
		summary: 'Rank every home for one youth (matching), no database',
		load: () => import('./commands/rank-homes.ts')
	},
	'rank-youths': {
		summary: 'Rank every youth for one vacancy (matching), no database',
		load: () => import('./commands/rank-youths.ts')
	},
	assign: {
		summary: 'Best assignment of waiting youths to free places (matching), no database',
		load: () => import('./commands/assign.ts')
	}
};
