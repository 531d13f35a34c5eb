import { createHash, randomBytes } from 'node:crypto';

/** A new secret feed token: 256 random bits, base64url (fits in a URL path). */
export function newCalendarToken(): string {
	return randomBytes(32).toString('base64url');
}

/** The stored form of a token: its SHA-256, so a database leak does not reveal the feed URLs. */
export function hashCalendarToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
