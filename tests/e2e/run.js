/**
 * Browser journeys (`npm run test:e2e`): builds the app, starts it on a free port with a fresh
 * embedded database and a real local SMTP server, and runs every tests/e2e/*.journey.js in Chromium
 * with an accessibility check (axe-core, WCAG 2.2 AA) on every page a journey shows.
 *
 *   npm run test:e2e                      build into build-e2e/ (removed afterwards), run all journeys
 *   npm run test:e2e -- login invite      only journeys whose file name or title contains "login" or "invite"
 *   E2E_BUILD_DIR=build npm run test:e2e  skip building and run an existing build (e.g. after npm run build)
 *   E2E_KEEP_BUILD=1                      keep build-e2e/ and .svelte-kit-e2e/ for a faster rerun with E2E_BUILD_DIR=build-e2e
 *   CHROMIUM_PATH=/path/to/chromium       browser to drive (default /usr/bin/chromium)
 *   E2E_SHOW_SERVER_LOG=1                 print the server's output as it comes
 *
 * Ends with a line "N passed, M failed"; exits 1 when anything failed. A failing journey leaves a
 * screenshot and the page's HTML in tests/e2e/artifacts/.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { createJourneyContext } from './harness.js';
import { startMailServer } from './mail-server.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('./', import.meta.url));
const artifactsDir = join(here, 'artifacts');
const journeyTimeoutMs = 120_000;
const actionTimeoutMs = 10_000;

/** Chromium flags for a quiet, headless run as root inside containers and CI. */
const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** @typedef {import('./harness.js').Journey & { file: string }} LoadedJourney */

/** @type {(() => Promise<void>)[]} */
const cleanups = [];

/** Undoes what was started, newest first; safe to call twice (each cleanup runs once). */
async function runCleanups() {
	for (let cleanup = cleanups.pop(); cleanup; cleanup = cleanups.pop()) {
		await cleanup().catch((error) => say(`cleanup: ${error.message}`));
	}
}

/** @param {string} message */
const say = (message) => console.log(message);

/** Seconds since `start`, one decimal. @param {number} start */
const since = (start) => `${((Date.now() - start) / 1000).toFixed(1)}s`;

/** Runs a command to completion, output collected; rejects with the output when it fails.
 * @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} env */
function runQuiet(command, args, env) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output}`))
		);
	});
}

/** A TCP port that is free right now. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = address && typeof address === 'object' ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/** Loads every journey file (optionally filtered by name parts given on the command line). */
async function loadJourneys() {
	const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
	const files = (await readdir(here))
		.filter((f) => f.endsWith('.journey.js'))
		.sort();
	/** @type {LoadedJourney[]} */
	const journeys = [];
	for (const file of files) {
		const module = await import(pathToFileURL(join(here, file)).href);
		/** @type {unknown} */
		const exported = module.default;
		const list = Array.isArray(exported) ? exported : [exported];
		for (const journey of list) {
			if (!journey || typeof journey.name !== 'string' || typeof journey.run !== 'function') {
				throw new Error(`${file}: default export must be a journey { name, run } or an array of them`);
			}
			const title = `${file} ${journey.name}`;
			if (filters.length === 0 || filters.some((part) => title.includes(part))) journeys.push({ ...journey, file });
		}
	}
	return journeys;
}

/** Builds the app into build-e2e/ unless E2E_BUILD_DIR names an existing build. Returns the build dir. */
async function buildApp() {
	const reuse = process.env.E2E_BUILD_DIR;
	if (reuse) {
		const dir = join(root, reuse);
		if (!existsSync(join(dir, 'index.js'))) throw new Error(`E2E_BUILD_DIR=${reuse}: ${dir}/index.js does not exist`);
		say(`Using existing build ${reuse}/`);
		return dir;
	}
	const start = Date.now();
	const buildDir = 'build-e2e';
	const kitDir = '.svelte-kit-e2e';
	if (!process.env.E2E_KEEP_BUILD) {
		cleanups.push(async () => {
			await rm(join(root, buildDir), { recursive: true, force: true });
			await rm(join(root, kitDir), { recursive: true, force: true });
		});
	}
	say(`Building the app into ${buildDir}/ …`);
	await runQuiet(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
		...process.env,
		BUILD_DIR: buildDir,
		KIT_OUT_DIR: kitDir
	});
	say(`Built in ${since(start)}`);
	return join(root, buildDir);
}

/**
 * Starts the built server with its own database and mail server; resolves once /health answers.
 * @param {string} buildDir @param {number} smtpPort
 */
async function startApp(buildDir, smtpPort) {
	const port = await freePort();
	const baseURL = `http://127.0.0.1:${port}`;
	const dataDir = await mkdtemp(join(tmpdir(), 'kleinschalig-e2e-'));
	cleanups.push(() => rm(dataDir, { recursive: true, force: true }));

	/** @type {NodeJS.ProcessEnv} */
	const env = { ...process.env };
	delete env.TEST_DATABASE_URL;
	Object.assign(env, {
		NODE_ENV: 'production',
		HOST: '127.0.0.1',
		PORT: String(port),
		ORIGIN: baseURL,
		DATABASE_URL: `pglite:${dataDir}`,
		SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
		RATE_LIMIT: 'off',
		SEED_DEMO: 'true',
		BETTER_AUTH_SECRET: randomBytes(32).toString('base64'),
		LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn'
	});
	const child = spawn(process.execPath, [join(buildDir, 'index.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
	/** @type {string[]} */
	const log = [];
	/** @param {Buffer} chunk */
	const collect = (chunk) => {
		log.push(chunk.toString());
		if (process.env.E2E_SHOW_SERVER_LOG) process.stdout.write(`[server] ${chunk}`);
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	/** @type {number | null} */
	let exitCode = null;
	const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exitCode = code ?? (signal ? 1 : 0)))));
	cleanups.push(async () => {
		if (exitCode !== null) return;
		child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
		await exited;
		clearTimeout(timer);
	});

	const start = Date.now();
	let lastProblem = '';
	while (Date.now() - start < 60_000) {
		if (exitCode !== null) throw new Error(`The server stopped (exit ${exitCode}) before it was ready:\n${log.join('')}`);
		try {
			const response = await fetch(`${baseURL}/health`, { signal: AbortSignal.timeout(2_000) });
			if (response.ok) {
				say(`Server ready at ${baseURL} in ${since(start)}`);
				return { baseURL, serverLog: log };
			}
			lastProblem = `/health answered ${response.status}`;
		} catch (error) {
			lastProblem = /** @type {Error} */ (error).message;
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`The server did not become healthy within 60 s (${lastProblem}):\n${log.join('')}`);
}

/**
 * The demo accounts, from the one source the seed uses (src/lib/server/demo/demo-accounts.ts), by
 * key, with the shared demo password and the organisation's name filled in.
 * @returns {Promise<Record<string, import('./harness.js').DemoAccount>>}
 */
async function loadDemoAccounts() {
	const file = join(root, 'src/lib/server/demo/demo-accounts.ts');
	const module = await tsImport(pathToFileURL(file).href, import.meta.url);
	/** @type {Record<string, { email: string, name: string, role: string, password?: string, organization?: { key: string, role: string } }>} */
	const accounts = module.demoAccounts;
	/** @type {Record<string, { name: string }>} */
	const organizations = module.demoOrganizations ?? {};
	if (!accounts || typeof module.DEMO_PASSWORD !== 'string') {
		throw new Error(`${relative(root, file)} must export demoAccounts and DEMO_PASSWORD`);
	}
	return Object.fromEntries(
		Object.entries(accounts).map(([key, account]) => {
			const organization = account.organization ? organizations[account.organization.key] : undefined;
			if (account.organization && !organization) throw new Error(`demo account ${key}: unknown organisation ${account.organization.key}`);
			return [
				key,
				{
					email: account.email,
					password: account.password ?? module.DEMO_PASSWORD,
					name: account.name,
					role: account.role,
					organization: organization?.name,
					organizationRole: account.organization?.role
				}
			];
		})
	);
}

/** Saves a screenshot and the HTML of a failing journey's page. @param {import('playwright-core').Page} page @param {string} name */
async function saveArtifacts(page, name) {
	await mkdir(artifactsDir, { recursive: true });
	const base = join(artifactsDir, name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''));
	const saved = [];
	try {
		await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 5_000 });
		saved.push(`${base}.png`);
	} catch {
		// The page may be gone (browser crash); the HTML attempt below reports nothing either then.
	}
	try {
		await writeFile(`${base}.html`, `<!-- ${page.url()} -->\n${await page.content()}`);
		saved.push(`${base}.html`);
	} catch {
		// See above.
	}
	return saved.map((p) => relative(root, p));
}

/** Rejects after ms milliseconds, so one stuck journey cannot hang CI. @param {number} ms */
function timeout(ms) {
	/** @type {NodeJS.Timeout | undefined} */
	let timer;
	const promise = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new Error(`Journey took longer than ${ms / 1000} s`)), ms);
	});
	return { promise, cancel: () => clearTimeout(timer) };
}

/** Runs everything; returns the process exit code. */
async function main() {
	const started = Date.now();
	/** @type {LoadedJourney[]} */
	let journeys = [];
	let passed = 0;
	let failed = 0;
	try {
		journeys = await loadJourneys();
		if (journeys.length === 0) throw new Error('No journeys found (tests/e2e/*.journey.js)');
		await rm(artifactsDir, { recursive: true, force: true });
		const accounts = await loadDemoAccounts();
		const { m: messages } = await tsImport(pathToFileURL(join(root, 'src/lib/i18n/nl.ts')).href, import.meta.url);
		const buildDir = await buildApp();
		const mail = await startMailServer();
		cleanups.push(() => mail.close());
		const { baseURL, serverLog } = await startApp(buildDir, mail.port);
		const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
		cleanups.push(() => browser.close());

		for (const journey of journeys) {
			const title = `${journey.file.replace(/\.journey\.js$/, '')} › ${journey.name}`;
			const start = Date.now();
			const javaScriptEnabled = journey.javaScriptEnabled ?? true;
			const context = await browser.newContext({ baseURL, locale: 'nl-NL', javaScriptEnabled });
			context.setDefaultTimeout(actionTimeoutMs);
			context.setDefaultNavigationTimeout(20_000);
			const page = await context.newPage();
			const logStart = serverLog.length;
			const { t, finish } = createJourneyContext({
				page,
				context,
				baseURL,
				javaScriptEnabled,
				mail,
				accounts,
				messages,
				log: (message) => say(`    · ${message}`)
			});
			const limit = timeout(journeyTimeoutMs);
			try {
				await Promise.race([journey.run(t), limit.promise]);
				finish();
				passed++;
				say(`  ✓ ${title} (${since(start)})`);
			} catch (error) {
				failed++;
				const err = /** @type {Error} */ (error);
				say(`  ✗ ${title} (${since(start)})`);
				say(indent(err.message));
				const where = err.stack?.split('\n').find((line) => /\.journey\.js|steps\.js/.test(line));
				if (where) say(indent(where.trim()));
				say(indent(`page: ${page.url()}`));
				const saved = await saveArtifacts(page, title);
				if (saved.length) say(indent(`saved: ${saved.join(', ')}`));
				const newLog = serverLog.slice(logStart).join('').trim();
				if (newLog) say(indent(`server output during this journey:\n${newLog.split('\n').slice(-30).join('\n')}`));
			} finally {
				limit.cancel();
				await context.close();
			}
		}
	} catch (error) {
		const err = /** @type {Error} */ (error);
		say(`\nE2E setup failed: ${err.stack ?? err.message}`);
		failed += Math.max(1, journeys.length - passed - failed);
	} finally {
		await runCleanups();
	}
	say(`\nE2E finished in ${since(started)}`);
	say(`${passed} passed, ${failed} failed`);
	return failed > 0 ? 1 : 0;
}

/** @param {string} text */
const indent = (text) => text.replace(/^/gm, '      ');

let stopping = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, async () => {
		if (stopping) process.exit(130);
		stopping = true;
		say(`\n${signal}: stopping the server and browser …`);
		await runCleanups();
		process.exit(130);
	});
}

// Exit explicitly: a handle left open by a failed start (or a loader) must not keep CI waiting.
process.exit(await main());
