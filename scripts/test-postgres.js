/**
 * `npm run test:pg`: runs the whole Vitest suite against a real PostgreSQL server instead of PGlite.
 * Uses TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test (each test file creates
 * and drops its own database there, see tests/setup-db.ts). When no server answers, the run is
 * skipped with exit 0 — unless REQUIRE_POSTGRES=1, then that is a failure.
 * Extra arguments go to vitest, e.g. `npm run test:pg -- src/lib/register`.
 */
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

const root = fileURLToPath(new URL('../', import.meta.url));
const url = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const required = process.env.REQUIRE_POSTGRES === '1';

/** Resolves to a reason string when nothing listens at host:port, undefined when something does. */
function tcpProblem(host, port) {
	return new Promise((resolve) => {
		const socket = connect({ host, port, timeout: 2_000 });
		socket.once('connect', () => {
			socket.destroy();
			resolve(undefined);
		});
		socket.once('timeout', () => {
			socket.destroy();
			resolve(`no answer from ${host}:${port} within 2 s`);
		});
		socket.once('error', (error) => resolve(`${host}:${port}: ${error.message}`));
	});
}

/** Runs `select 1`; returns the error, or undefined when it worked. */
async function selectOne(databaseUrl) {
	const sql = postgres(databaseUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });
	try {
		await sql`select 1`;
		return undefined;
	} catch (error) {
		return error;
	} finally {
		await sql.end({ timeout: 1 });
	}
}

/** Why PostgreSQL cannot be used, or undefined when it can (creates the test database if missing). */
async function postgresProblem() {
	const target = new URL(url);
	const tcp = await tcpProblem(target.hostname, Number(target.port || 5432));
	if (tcp) return tcp;
	const error = await selectOne(url);
	if (!error) return undefined;
	// A fresh server (CI service container) may lack the test database: create it once.
	if (error.code === '3D000') {
		const database = decodeURIComponent(target.pathname.slice(1));
		const adminUrl = new URL(url);
		adminUrl.pathname = '/postgres';
		const admin = postgres(adminUrl.toString(), { max: 1, connect_timeout: 5, onnotice: () => {} });
		try {
			await admin.unsafe(`create database "${database.replace(/"/g, '""')}"`);
			console.log(`Created database ${database}.`);
		} catch (createError) {
			return `database ${database} does not exist and could not be created: ${createError.message}`;
		} finally {
			await admin.end({ timeout: 1 });
		}
		const retry = await selectOne(url);
		return retry ? `select 1 failed: ${retry.message}` : undefined;
	}
	return `select 1 failed: ${error.message}`;
}

const problem = await postgresProblem();
const shown = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
if (problem) {
	if (required) {
		console.error(`PostgreSQL tests FAILED: REQUIRE_POSTGRES=1 but ${shown} is not usable (${problem}).`);
		process.exit(1);
	}
	console.log(`PostgreSQL tests skipped: ${shown} is not usable (${problem}).`);
	process.exit(0);
}

console.log(`Running the test suite against PostgreSQL at ${shown}`);
const child = spawn(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, TEST_DATABASE_URL: url }
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
