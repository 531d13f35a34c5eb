import { closeDatabase, databaseHandle, migrateDatabase } from './db/index.ts';
import { formatDemoLogins } from './demo/format-demo-logins.ts';
import { seedDemo } from './demo/seed-demo.ts';
import { ConfigError, env, type Env } from './env.ts';
import { importStarterContent } from './kennis/import-starter-content.ts';
import { startJobRunner, stopJobRunner } from './jobs/index.ts';
import { getLogger } from './log.ts';
import { seedNetworkContent } from './netwerk/seed-network-content.ts';

/** The lines an operator reads for a wrong configuration: one per variable, no stack trace. */
export function describeConfigError(error: ConfigError): string[] {
	return error.problems.map((problem) => `Configuration error: ${problem}`);
}

/** The validated configuration; on a ConfigError prints one line per wrong variable and exits 1. */
export function loadConfigOrExit(): Env {
	try {
		return env();
	} catch (error) {
		if (!(error instanceof ConfigError)) throw error;
		process.stderr.write(`${describeConfigError(error).join('\n')}\n`);
		process.exit(1);
	}
}

/**
 * Everything the server does once before it takes requests: validate the configuration, migrate
 * the database, and on an empty database with SEED_DEMO (the default) add the demo data and print
 * how to log in. Safe when several instances start at once on one PostgreSQL (both steps lock).
 */
export async function startServer(): Promise<void> {
	const config = loadConfigOrExit();
	const log = getLogger();
	const database = databaseHandle().location;
	try {
		await migrateDatabase();
	} catch (error) {
		// Without its tables the server can only fail every request: stop with a clear reason.
		log.fatal({ err: error, database }, 'cannot open or migrate the database');
		process.exit(1);
	}
	if (config.SEED_DEMO) {
		const result = await seedDemo();
		if (result.seeded) {
			log.info({ accounts: result.logins.length }, 'demo data seeded');
			const origin = config.ORIGIN ?? `http://localhost:${config.PORT}`;
			process.stdout.write(
				formatDemoLogins(result.logins, result.password, new URL('/inloggen', origin).href)
			);
		}
	}
	if (config.JOB_INTERVAL_SECONDS > 0) startJobRunner(config.JOB_INTERVAL_SECONDS * 1000);
	// The starter dossier and the consortium pages are real content, not demo data: added when
	// still empty, regardless of SEED_DEMO.
	try {
		const imported = await importStarterContent();
		if (imported) {
			log.info({ articles: imported.published.length, invalid: imported.invalid }, 'starter dossier imported');
		}
		await seedNetworkContent();
	} catch (error) {
		// A second instance starting at the same moment may lose the race on a slug: not fatal.
		log.warn({ err: error }, 'adding the starter content failed');
	}
	// adapter-node emits this after SIGTERM/SIGINT once requests are done: close PGlite cleanly.
	process.once('sveltekit:shutdown', () => {
		stopJobRunner()
			.then(() => closeDatabase())
			.catch((error: unknown) => log.error({ err: error }, 'closing the database failed'));
	});
	log.info({ database, nodeEnv: config.NODE_ENV }, 'server ready');
}
