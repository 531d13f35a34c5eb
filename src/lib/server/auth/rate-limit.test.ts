import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnv } from '../env.ts';
import { clearRateLimit, consumeRateLimit, rateLimits } from './rate-limit.ts';

describe('the form rate limiter', () => {
	beforeAll(() => {
		process.env.RATE_LIMIT = 'on';
		resetEnv();
	});
	afterAll(() => {
		process.env.RATE_LIMIT = 'off';
		resetEnv();
	});

	it('refuses the attempt after N per IP + e-mail, counts others apart, and forgets after clearing', async () => {
		const n = rateLimits.login.points;
		for (let i = 0; i < n; i++) await consumeRateLimit('login', '10.0.0.1', 'a@example.nl');
		await expect(consumeRateLimit('login', '10.0.0.1', 'A@example.nl ')).rejects.toMatchObject({
			code: 'rate-limited',
			message: expect.stringContaining('te vaak geprobeerd')
		});
		// Another address from the same IP, and the same address from another IP, still pass.
		await consumeRateLimit('login', '10.0.0.1', 'b@example.nl');
		await consumeRateLimit('login', '10.0.0.2', 'a@example.nl');
		await clearRateLimit('login', '10.0.0.1', 'a@example.nl');
		await consumeRateLimit('login', '10.0.0.1', 'a@example.nl');
	});

	it('does nothing with RATE_LIMIT=off', async () => {
		process.env.RATE_LIMIT = 'off';
		resetEnv();
		for (let i = 0; i < rateLimits.mail.points + 3; i++) await consumeRateLimit('mail', '10.0.0.3', 'c@example.nl');
		process.env.RATE_LIMIT = 'on';
		resetEnv();
		await expect(
			(async () => {
				for (let i = 0; i <= rateLimits.mail.points; i++) await consumeRateLimit('mail', '10.0.0.3', 'c@example.nl');
			})()
		).rejects.toMatchObject({ code: 'rate-limited' });
	});
});
