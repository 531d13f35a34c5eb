import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { optionalConsents, registrationConsent } from '../../netwerk/consent.ts';
import { siteOrigin } from '../auth/request-event.ts';
import { consumeRateLimit } from '../auth/rate-limit.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError, type FieldError } from '../errors.ts';
import { sendMail } from '../mail/send-mail.ts';
import { fieldErrorsOf } from '../validation.ts';
import { optionalText, themeField } from './fields.ts';
import { CONFIRMATION_TTL_MS, newConfirmationToken } from './token.ts';

const e = m.netwerk.errors;

const optionalKinds = optionalConsents.map((c) => c.kind) as [string, ...string[]];

const signUpSchema = z.object({
	name: z.string(e.nameRequired).trim().min(1, e.nameRequired).max(100, e.nameTooLong),
	email: z
		.string(e.emailRequired)
		.trim()
		.min(1, e.emailRequired)
		.pipe(z.email(e.emailInvalid))
		.transform((v) => v.toLowerCase()),
	organizationId: optionalText(100, e.organizationUnknown),
	proposedOrganizationName: optionalText(200, e.proposedOrganizationTooLong),
	role: z.string(e.roleRequired).trim().min(1, e.roleRequired).max(100, e.roleTooLong),
	themes: z.array(themeField).max(12, e.themesTooMany).default([]),
	consent: z.literal('ja', e.consentRequired),
	consentVersion: z.literal(registrationConsent.version, e.consentOutdated),
	optionalConsents: z.array(z.enum(optionalKinds, e.optionalConsentInvalid)).default([])
});

/** The organisation pair needs one of the two, not both; checked apart so it shows with the other errors. */
function organizationErrors(input: SignUpInput): FieldError[] {
	const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
	const picked = text(input.organizationId);
	const proposed = text(input.proposedOrganizationName);
	if (!picked && !proposed) return [{ path: 'organizationId', message: e.organizationRequired }];
	if (picked && proposed) return [{ path: 'proposedOrganizationName', message: e.organizationBoth }];
	return [];
}

export interface SignUpInput {
	name: unknown;
	email: unknown;
	organizationId?: unknown;
	proposedOrganizationName?: unknown;
	role: unknown;
	themes?: unknown;
	/** 'ja' when the registration consent box is ticked. */
	consent?: unknown;
	/** The version of the consent text the form showed (a stale form must not record a newer one). */
	consentVersion?: unknown;
	optionalConsents?: unknown;
}

/**
 * Public sign-up (rate-limited per IP + e-mail): stores a pending participant with a hash of a
 * 48-hour confirmation token and mails the link. Answers the same whether or not the address is
 * known; an active participant gets a "you already take part" mail instead of a second sign-up.
 */
export async function signUpParticipant(
	input: SignUpInput,
	context: { ip: string; now?: Date }
): Promise<void> {
	const parsed = signUpSchema.safeParse(input);
	const pairErrors = organizationErrors(input);
	if (!parsed.success || pairErrors.length > 0) {
		const errors = [...(parsed.success ? [] : fieldErrorsOf(parsed.error)), ...pairErrors];
		throw new AppError('invalid-input', 'De invoer is niet geldig.', errors);
	}
	const data = parsed.data;
	await consumeRateLimit('signup', context.ip, data.email);
	const now = context.now ?? new Date();
	const db = getDb();
	const p = schema.networkParticipant;
	if (data.organizationId) {
		const [org] = await db
			.select({ id: schema.organization.id })
			.from(schema.organization)
			.where(eq(schema.organization.id, data.organizationId));
		if (!org)
			throw new AppError('invalid-input', e.organizationUnknown, [
				{ path: 'organizationId', message: e.organizationUnknown }
			]);
	}
	const [active] = await db
		.select({ id: p.id })
		.from(p)
		.where(and(eq(p.email, data.email), eq(p.status, 'active')));
	if (active) {
		await sendMail({
			to: data.email,
			subject: m.netwerk.mail.alreadySubject,
			text: m.netwerk.mail.alreadyText(data.name, `${siteOrigin()}/inloggen`)
		});
		return;
	}
	const { token, hash } = newConfirmationToken();
	const id = randomUUID();
	await db.transaction(async (tx) => {
		// A new sign-up replaces an unconfirmed one for the same address (and its old link).
		await tx.delete(p).where(and(eq(p.email, data.email), eq(p.status, 'pending')));
		await tx.insert(p).values({
			id,
			name: data.name,
			email: data.email,
			organizationId: data.organizationId ?? null,
			proposedOrganizationName: data.organizationId ? null : (data.proposedOrganizationName ?? null),
			role: data.role,
			themes: [...new Set(data.themes)],
			consentVersion: registrationConsent.version,
			consentAt: now,
			status: 'pending',
			confirmationTokenHash: hash,
			confirmationExpiresAt: new Date(now.getTime() + CONFIRMATION_TTL_MS),
			createdAt: now
		});
		for (const kind of new Set(data.optionalConsents)) {
			const text = optionalConsents.find((c) => c.kind === kind);
			if (!text) continue;
			await tx
				.insert(schema.networkConsent)
				.values({ id: randomUUID(), participantId: id, kind, version: text.version, givenAt: now });
		}
	});
	await sendMail({
		to: data.email,
		subject: m.netwerk.mail.confirmSubject,
		text: m.netwerk.mail.confirmText(data.name, `${siteOrigin()}/leernetwerk/aanmelden/bevestigen/${token}`)
	});
}
