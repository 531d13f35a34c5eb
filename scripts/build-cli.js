// Bundles the `kleinschalig` CLI (src/cli/main.ts and the modules it uses) into dist/cli/ with
// esbuild, so a command starts in a fraction of a second instead of transforming TypeScript with
// tsx on every call. Runs on `npm install` (prepare). npm packages stay external; each command is
// its own chunk, so calculation commands still load no database code. bin/kleinschalig.js falls
// back to tsx when this bundle is missing or older than the sources.
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/cli');

try {
	const { build } = await import('esbuild');
	rmSync(outdir, { recursive: true, force: true });
	await build({
		entryPoints: [join(root, 'src/cli/main.ts')],
		outdir,
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		packages: 'external',
		sourcemap: true,
		logLevel: 'warning'
	});
	// The launcher compares the sources' modification times with this stamp.
	writeFileSync(join(outdir, 'built-at'), String(Date.now()));
	console.log('kleinschalig CLI bundled into dist/cli');
} catch (error) {
	// Not fatal: the launcher runs the TypeScript sources through tsx instead.
	console.warn(`kleinschalig CLI not bundled (${error instanceof Error ? error.message : error}); using tsx`);
}
