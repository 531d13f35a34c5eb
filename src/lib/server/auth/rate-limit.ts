import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { m } from '../../i18n/nl.ts';
import { env } from '../env.ts';
import { AppError } from '../errors.ts';

/** The form actions that are rate-limited, with attempts allowed per window. */
export const rateLimits = {
	login: { points: 10, duration: 15 * 60 },
	signup: { points: 5, duration: 60 * 60 },
	mail: { points: 5, duration: 15 * 60 }
} as const;

export type RateLimitKind = keyof typeof rateLimits;

// In memory per process: the forms call auth.api.* directly, which skips better-auth's own
// HTTP rate limiter, so these actions need their own.
const limiters = new Map<RateLimitKind, RateLimiterMemory>();

function limiterFor(kind: RateLimitKind): RateLimiterMemory {
	let limiter = limiters.get(kind);
	if (!limiter) {
		limiter = new RateLimiterMemory({ keyPrefix: kind, ...rateLimits[kind] });
		limiters.set(kind, limiter);
	}
	return limiter;
}

function keyOf(ip: string, email: string): string {
	return `${ip}|${email.trim().toLowerCase()}`;
}

/** Counts one attempt for IP + e-mail; throws AppError('rate-limited') once the limit is used up. */
export async function consumeRateLimit(kind: RateLimitKind, ip: string, email: string): Promise<void> {
	if (!env().RATE_LIMIT) return;
	try {
		await limiterFor(kind).consume(keyOf(ip, email));
	} catch (err) {
		if (err instanceof RateLimiterRes) throw new AppError('rate-limited', m.auth.errors.rateLimited);
		throw err;
	}
}

/** Forgets the attempts of IP + e-mail (after a successful login). */
export async function clearRateLimit(kind: RateLimitKind, ip: string, email: string): Promise<void> {
	if (!env().RATE_LIMIT) return;
	await limiterFor(kind).delete(keyOf(ip, email));
}
