import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { passwordField } from '../accounts/account-fields.ts';
import { createUser } from '../accounts/create-user.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { hashToken } from './token.ts';

export type ConfirmationState =
	| { status: 'invalid' }
	| { status: 'expired' }
	| { status: 'valid'; name: string; email: string; hasAccount: boolean };

async function pendingByToken(token: string) {
	if (typeof token !== 'string' || token.length < 20 || token.length > 100) return undefined;
	const p = schema.networkParticipant;
	const [row] = await getDb()
		.select()
		.from(p)
		.where(and(eq(p.confirmationTokenHash, hashToken(token)), eq(p.status, 'pending')));
	return row;
}

async function userIdByEmail(email: string): Promise<string | undefined> {
	const [row] = await getDb()
		.select({ id: schema.user.id })
		.from(schema.user)
		.where(eq(schema.user.email, email));
	return row?.id;
}

/**
 * What a confirmation link leads to. Only the holder of the link (the mailbox owner) learns
 * whether the address already has an account, so the public sign-up form reveals nothing.
 */
export async function getConfirmation(token: string, now = new Date()): Promise<ConfirmationState> {
	const row = await pendingByToken(token);
	if (!row) return { status: 'invalid' };
	if (!row.confirmationExpiresAt || row.confirmationExpiresAt <= now) return { status: 'expired' };
	return {
		status: 'valid',
		name: row.name,
		email: row.email,
		hasAccount: !!(await userIdByEmail(row.email))
	};
}

const newPasswordSchema = z
	.object({ password: passwordField, passwordRepeat: z.string() })
	.refine((v) => v.password === v.passwordRepeat, {
		path: ['passwordRepeat'],
		message: m.auth.errors.passwordsDiffer
	});

/**
 * Confirms a sign-up (double opt-in) and makes the participant active. Without an account for the
 * address it creates one (e-mail counts as verified: the link proved it) with the chosen password;
 * with one, it links the participant to that account and the person logs in as usual.
 */
export async function confirmParticipant(
	input: { token: string; password?: unknown; passwordRepeat?: unknown },
	now = new Date()
): Promise<{ userId: string; email: string }> {
	const row = await pendingByToken(input.token);
	if (!row) throw new AppError('not-found', m.netwerk.errors.tokenInvalid);
	if (!row.confirmationExpiresAt || row.confirmationExpiresAt <= now)
		throw new AppError('conflict', m.netwerk.errors.tokenExpired);
	const db = getDb();
	const p = schema.networkParticipant;
	let userId = await userIdByEmail(row.email);
	if (!userId) {
		const data = parseInput(newPasswordSchema, {
			password: input.password,
			passwordRepeat: input.passwordRepeat
		});
		userId = (
			await createUser({ name: row.name, email: row.email, password: data.password, emailVerified: true })
		).id;
	} else {
		const [linked] = await db.select({ id: p.id }).from(p).where(eq(p.userId, userId));
		if (linked) {
			// The account already takes part (signed up twice): the older participant stays.
			await db.delete(p).where(eq(p.id, row.id));
			return { userId, email: row.email };
		}
	}
	const updated = await db
		.update(p)
		.set({
			status: 'active',
			userId,
			confirmationTokenHash: null,
			confirmationExpiresAt: null,
			confirmedAt: now
		})
		.where(and(eq(p.id, row.id), eq(p.status, 'pending')))
		.returning({ id: p.id });
	if (updated.length === 0) throw new AppError('not-found', m.netwerk.errors.tokenInvalid);
	return { userId, email: row.email };
}
