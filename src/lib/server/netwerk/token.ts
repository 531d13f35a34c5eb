import { createHash, randomBytes } from 'node:crypto';

/** How long a confirmation link is valid (double opt-in). */
export const CONFIRMATION_TTL_MS = 48 * 60 * 60 * 1000;

/** How long an unconfirmed sign-up is kept before the clean-up job removes it. */
export const UNCONFIRMED_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/** A new unguessable confirmation token (256 random bits, base64url) and the hash we store. */
export function newConfirmationToken(): { token: string; hash: string } {
	const token = randomBytes(32).toString('base64url');
	return { token, hash: hashToken(token) };
}

/** SHA-256 of a token: only this is stored, so a database leak yields no working links. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
