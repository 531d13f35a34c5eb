import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		environment: 'node',
		pool: 'forks',
		// Vitest defaults to cores − 1, which is one worker on a 2-core CI machine; the database
		// files spend much of their time waiting (PGlite start-up, spawned CLI processes).
		maxWorkers: 2,
		testTimeout: 30_000,
		hookTimeout: 60_000,
		projects: [
			{
				// Pure logic (src/lib/<module>): no database, no setup.
				extends: true,
				test: {
					name: 'unit',
					include: ['src/lib/**/*.test.ts'],
					exclude: ['src/lib/server/**']
				}
			},
			{
				// Everything that may touch the database: each test file gets its own clean one.
				extends: true,
				test: {
					name: 'db',
					include: ['src/lib/server/**/*.test.ts', 'src/routes/**/*.test.ts', 'tests/integration/**/*.test.ts'],
					globalSetup: ['tests/global-setup.ts'],
					setupFiles: ['tests/setup-db.ts']
				}
			}
		]
	}
});
