#!/usr/bin/env node
// Launcher of the `kleinschalig` command. Plain JavaScript on purpose: it must start under any
// Node, switch to the project's own Node 24 when an older one runs it, and then load the
// CLI: the bundle in dist/cli when it is up to date, else src/cli/main.ts through tsx. Either way
// the CLI runs the same modules as the app.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const major = Number(process.versions.node.split('.')[0]);

if (major < 24 && !process.env.KLEINSCHALIG_NODE_SWITCHED) {
	const candidates = [join(root, 'node_modules/node/bin/node'), join(root, 'node_modules/.bin/node')];
	const node = candidates.find((file) => existsSync(file));
	if (node) {
		const result = spawnSync(node, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
			stdio: 'inherit',
			env: { ...process.env, KLEINSCHALIG_NODE_SWITCHED: '1' }
		});
		if (result.error) {
			console.error(`kleinschalig: could not start ${node}: ${result.error.message}`);
			process.exit(1);
		}
		if (result.signal) process.kill(process.pid, result.signal);
		process.exit(result.status ?? 1);
	}
}

/** Newest modification time under a folder (ms). */
function newestMtime(dir) {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
	}
	return newest;
}

// The bundle made by scripts/build-cli.js starts fast; when it is missing or older than the
// sources (a developer edited them), run the sources through tsx instead.
const stamp = join(root, 'dist/cli/built-at');
const isBundleFresh =
	existsSync(stamp) && Number(readFileSync(stamp, 'utf8')) >= newestMtime(join(root, 'src'));
const { runCli } = isBundleFresh
	? await import(pathToFileURL(join(root, 'dist/cli/main.js')).href)
	: await (await import('tsx/esm/api')).tsImport(join(root, 'src/cli/main.ts'), import.meta.url);
process.exitCode = await runCli(process.argv.slice(2));
// Everything is closed by now; if a library still holds a handle open, do not hang for it.
setTimeout(() => process.exit(), 1000).unref();
