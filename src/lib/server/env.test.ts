import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from './env.ts';
import { describeConfigError } from './startup.ts';

function problemsOf(source: Record<string, string | undefined>): string[] {
	try {
		parseEnv(source);
	} catch (error) {
		if (error instanceof ConfigError) return error.problems;
		throw error;
	}
	return [];
}

describe('parseEnv', () => {
	it('gives working defaults for an empty environment', () => {
		const config = parseEnv({});
		expect(config).toMatchObject({
			NODE_ENV: 'development',
			PORT: 3000,
			HOST: '0.0.0.0',
			LOG_LEVEL: 'info',
			SEED_DEMO: true,
			RATE_LIMIT: true
		});
		expect(config.DATABASE_URL).toBeUndefined();
	});

	it('accepts every documented DATABASE_URL form and treats empty strings as unset', () => {
		for (const url of [
			'pglite:memory',
			'pglite:./data/x',
			'postgres://u@h/db',
			'postgresql://u:p@h:5432/db'
		]) {
			expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
		}
		const blank = parseEnv({ DATABASE_URL: '', PORT: '' });
		expect(blank.DATABASE_URL).toBeUndefined();
		expect(blank.PORT).toBe(3000);
	});

	it('turns the boolean-like variables into booleans', () => {
		expect(parseEnv({ SEED_DEMO: 'false', RATE_LIMIT: 'off' })).toMatchObject({
			SEED_DEMO: false,
			RATE_LIMIT: false
		});
		expect(parseEnv({ SEED_DEMO: '1' }).SEED_DEMO).toBe(true);
	});

	it('names every wrong variable once, in one line each', () => {
		const problems = problemsOf({
			PORT: 'abc',
			DATABASE_URL: 'mysql://x',
			ORIGIN: 'not a url',
			BETTER_AUTH_SECRET: 'short',
			LOG_LEVEL: 'loud',
			SEED_DEMO: 'misschien',
			SMTP_URL: 'http://mail'
		});
		const variables = problems.map((p) => p.split(':')[0]);
		expect(variables.sort()).toEqual(
			['BETTER_AUTH_SECRET', 'DATABASE_URL', 'LOG_LEVEL', 'ORIGIN', 'PORT', 'SEED_DEMO', 'SMTP_URL'].sort()
		);
		for (const problem of problems) expect(problem).not.toContain('\n');
	});

	it('accepts the documented .env.example as it stands', () => {
		const text = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
		const example = Object.fromEntries(
			text.split('\n').flatMap((line) => {
				const match = /^([A-Z_]+)=(.*)$/.exec(line);
				return match ? [[match[1], match[2]]] : [];
			})
		);
		expect(Object.keys(example)).toContain('DATABASE_URL');
		expect(() => parseEnv(example)).not.toThrow();
	});

	it('rejects out-of-range ports', () => {
		expect(problemsOf({ PORT: '0' })).toHaveLength(1);
		expect(problemsOf({ PORT: '70000' })).toHaveLength(1);
	});

	it('is reported by the server start as one "Configuration error" line per variable', () => {
		const error = new ConfigError(['PORT: too big', 'ORIGIN: must be a full URL']);
		expect(describeConfigError(error)).toEqual([
			'Configuration error: PORT: too big',
			'Configuration error: ORIGIN: must be a full URL'
		]);
	});
});
