import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['tests/setup-db.ts'],
		// Each test file gets its own clean database (see tests/db.ts); files run in parallel workers.
		pool: 'forks',
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
