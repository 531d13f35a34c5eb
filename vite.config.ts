import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		environment: 'node',
		pool: 'forks',
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
					setupFiles: ['tests/setup-db.ts']
				}
			}
		]
	}
});
