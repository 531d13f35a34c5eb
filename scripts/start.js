// `npm start`: validate the configuration, build the app when the build is missing or older than
// the sources, then run the built server in this process (adapter-node handles PORT, HOST, ORIGIN
// and SIGTERM/SIGINT itself). Migrations and demo data happen in the server's init hook
// (src/lib/server/startup.ts), so `node build/index.js` alone works the same way.
// BUILD_DIR / KIT_OUT_DIR choose other folders than build/ and .svelte-kit/ (svelte.config.js).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = resolve(root, process.env.BUILD_DIR || 'build');
const SOURCES = ['src', 'static', 'drizzle', 'svelte.config.js', 'vite.config.ts', 'package.json'];

/** Newest modification time (ms) of a file or of any file under a folder; tests do not count. */
function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return /\.test\.[jt]s$/.test(path) ? 0 : stat.mtimeMs;
	let newest = 0;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

/** Whether the build is missing or older than any source it was built from. */
function isBuildStale() {
	const entry = join(buildDir, 'index.js');
	if (!existsSync(entry)) return true;
	const built = statSync(entry).mtimeMs;
	return SOURCES.some((source) => newestMtime(join(root, source)) > built);
}

// 1. Configuration: one clear line per wrong variable, before spending a minute on a build.
const { parseEnv, ConfigError } = await tsImport('../src/lib/server/env.ts', import.meta.url);
try {
	parseEnv(process.env);
} catch (error) {
	if (!(error instanceof ConfigError)) throw error;
	for (const problem of error.problems) console.error(`Configuration error: ${problem}`);
	process.exit(1);
}

// 2. Build when needed, in a child process so the build's memory is returned before serving.
if (isBuildStale()) {
	console.log(`Building the app into ${buildDir} …`);
	const vite = join(root, 'node_modules/vite/bin/vite.js');
	const result = spawnSync(process.execPath, [vite, 'build'], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, NODE_ENV: 'production' }
	});
	if (result.status !== 0) {
		console.error('Build failed; not starting.');
		process.exit(result.status ?? 1);
	}
}

// 3. Serve. adapter-node assumes https when ORIGIN is unset, which makes SvelteKit refuse every
// form post on a plain http://localhost; on a fresh machine the app must just work there.
if (!process.env.ORIGIN && !process.env.PROTOCOL_HEADER) {
	process.env.ORIGIN = `http://localhost:${process.env.PORT || 3000}`;
	console.log(`ORIGIN is not set; using ${process.env.ORIGIN} (set ORIGIN to the public URL in production).`);
}
process.env.NODE_ENV ??= 'production';
await import(pathToFileURL(join(buildDir, 'index.js')).href);
