import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readJsonInput } from '../../src/cli/read-json-input.ts';
import { spawnCli } from './spawn-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'kleinschalig-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const kleinschalig = spawnCli(dir);

// Each spawn starts Node + tsx and often opens PGlite: seconds each on a busy CI machine.
describe('kleinschalig (spawned)', { timeout: 120_000 }, () => {
	it('lists its commands with --help and help, and prints its version', async () => {
		for (const args of [['--help'], ['help']]) {
			const run = await kleinschalig(...args);
			expect(run.code).toBe(0);
			for (const command of ['migrate', 'seed', 'create-admin']) expect(run.stdout).toContain(command);
		}
		const version = await kleinschalig('--version');
		expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
		const usage = await kleinschalig('help', 'create-admin');
		expect(usage.stdout).toContain('--email');
	});

	it('migrates, and migrating again is fine', async () => {
		for (let i = 0; i < 2; i++) {
			const run = await kleinschalig('migrate');
			expect(run.stderr).toBe('');
			expect(run.code).toBe(0);
			expect(JSON.parse(run.stdout)).toMatchObject({ migrated: true });
		}
	});

	it('creates an admin with a generated password, and makes an existing user admin', async () => {
		const first = await kleinschalig('create-admin', '--email', 'Beheer@Example.nl', '--name', 'Beheer');
		expect(first.code).toBe(0);
		const created = JSON.parse(first.stdout);
		expect(created).toMatchObject({ email: 'beheer@example.nl', role: 'admin', created: true });
		expect(created.generatedPassword).toMatch(/^[\w-]{20}$/);

		const again = await kleinschalig(
			'create-admin',
			'--email',
			'beheer@example.nl',
			'--name',
			'Beheer',
			'--password',
			'nog-een-wachtwoord'
		);
		expect(again.code).toBe(0);
		expect(JSON.parse(again.stdout)).toEqual({
			id: created.id,
			email: 'beheer@example.nl',
			role: 'admin',
			created: false
		});
	});

	it('refuses demo data on a database that has users (exit 1, Dutch reason)', async () => {
		const run = await kleinschalig('seed', '--demo');
		expect(run.code).toBe(1);
		expect(JSON.parse(run.stderr).message).toContain('Demodata worden alleen in een lege database gezet');
	});

	it('answers invalid input with exit code 2 and Dutch errors as JSON on stderr', async () => {
		const cases: [string[], string][] = [
			[
				['create-admin', '--email', 'geen-adres', '--name', 'X', '--password', 'lang-genoeg-wachtwoord'],
				'email'
			],
			[['create-admin', '--email'], '--email'],
			[['migrate', '--force'], '--force'],
			[['migrate', 'extra'], 'extra'],
			[['seed'], 'demo'],
			[['bestaat-niet'], 'command']
		];
		const runs = await Promise.all(cases.map(([args]) => kleinschalig(...args)));
		for (const [index, [args, path]] of cases.entries()) {
			const run = runs[index]!;
			expect(run.code, args.join(' ')).toBe(2);
			expect(run.stdout).toBe('');
			const { errors } = JSON.parse(run.stderr) as { errors: { path: string; message: string }[] };
			expect(errors.map((e) => e.path)).toContain(path);
			expect(errors[0]!.message).toMatch(/[a-z]/);
		}
	});
});

describe('readJsonInput', () => {
	it('reads a file, or standard input for "-"', async () => {
		const file = join(dir, 'home.json');
		writeFileSync(file, '{"places": 4}');
		expect(await readJsonInput(file, Readable.from([]))).toEqual({ places: 4 });
		expect(await readJsonInput('-', Readable.from(['{"places":', ' 5}']))).toEqual({ places: 5 });
	});

	it('reports a missing file, a missing argument and bad JSON as invalid input in Dutch', async () => {
		await expect(readJsonInput(join(dir, 'nope.json'), Readable.from([]))).rejects.toMatchObject({
			code: 'invalid-input',
			fieldErrors: [{ path: 'FILE', message: expect.stringContaining('bestaat niet') }]
		});
		await expect(readJsonInput(undefined, Readable.from([]))).rejects.toMatchObject({
			code: 'invalid-input'
		});
		await expect(readJsonInput('-', Readable.from(['{kapot']))).rejects.toMatchObject({
			code: 'invalid-input',
			message: expect.stringContaining('geen geldige JSON')
		});
	});
});
