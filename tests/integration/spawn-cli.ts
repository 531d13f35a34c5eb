import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const bin = resolve(import.meta.dirname, '../../bin/kleinschalig.js');

/** What one spawned run of the launcher returned. */
export interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
}

/**
 * The real launcher, spawned as `npx kleinschalig` does, on a PGlite database inside `dir` (one per
 * test file, so spawned runs never share a database with another file).
 */
export function spawnCli(dir: string): (...args: string[]) => Promise<Run> {
	return (...args) =>
		new Promise((done, fail) => {
			const child = spawn(process.execPath, [bin, ...args], {
				env: { ...process.env, DATABASE_URL: `pglite:${join(dir, 'db')}`, LOG_LEVEL: 'warn' }
			});
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (chunk) => (stdout += chunk));
			child.stderr.on('data', (chunk) => (stderr += chunk));
			child.on('error', fail);
			child.on('close', (code) => done({ code, stdout, stderr }));
		});
}
