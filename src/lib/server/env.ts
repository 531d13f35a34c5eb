import { z } from 'zod';

/**
 * The one place that reads configuration from the environment. Every variable is validated once,
 * with a Dutch-free, operator-facing English message per wrong or missing variable (operators read
 * logs in English; the UI is Dutch). Documented in README.md ("Configuration").
 */
const schema = z.object({
	NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
	DATABASE_URL: z
		.string()
		.trim()
		.optional()
		.refine(
			(v) => !v || v === 'pglite:memory' || v.startsWith('pglite:') || /^postgres(ql)?:\/\//.test(v),
			'must be unset, "pglite:memory", "pglite:DIR" or a postgres:// URL'
		),
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	HOST: z.string().default('0.0.0.0'),
	ORIGIN: z.url('must be a full URL such as https://kleinschalig.example.nl').optional(),
	BETTER_AUTH_SECRET: z
		.string()
		.min(32, 'must be at least 32 characters (generate one with: openssl rand -base64 32)')
		.optional(),
	SMTP_URL: z
		.string()
		.regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
		.optional(),
	MAIL_FROM: z.string().default('Kleinschalig <noreply@kleinschalig.local>'),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	SEED_DEMO: z
		.enum(['true', 'false', '1', '0'], 'must be true or false')
		.default('true')
		.transform((v) => v === 'true' || v === '1'),
	RATE_LIMIT: z
		.enum(['on', 'off'], 'must be on or off')
		.default('on')
		.transform((v) => v === 'on'),
	// How often the server runs due scheduled jobs (reminders, clean-ups); 0 leaves them to
	// `kleinschalig run-jobs` (e.g. from cron) or another instance.
	JOB_INTERVAL_SECONDS: z.coerce.number('must be a number of seconds').int().min(0).max(86_400).default(30),
	// Shown on /toegankelijkheid and /privacy: each installation has its own contact for complaints.
	CONTACT_EMAIL: z.email('must be an e-mail address such as privacy@organisatie.nl').optional()
});

export type Env = z.infer<typeof schema>;

export class ConfigError extends Error {
	constructor(public readonly problems: string[]) {
		super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ConfigError';
	}
}

/** Parses a set of environment variables; throws ConfigError naming every wrong variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
	// Empty strings count as unset, as they do in most deployment tools.
	const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
	const result = schema.safeParse(cleaned);
	if (!result.success) {
		throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
	}
	return result.data;
}

let cached: Env | undefined;

/** The validated configuration of this process (parsed on first use). */
export function env(): Env {
	cached ??= parseEnv(process.env);
	return cached;
}

/** Forget the parsed configuration (tests change process.env between files). */
export function resetEnv(): void {
	cached = undefined;
}
