import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { admin, organization } from 'better-auth/plugins';
import { defaultAc as adminDefaultAc } from 'better-auth/plugins/admin/access';
import { defaultAc as orgDefaultAc } from 'better-auth/plugins/organization/access';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import type { RequestEvent } from '@sveltejs/kit';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../accounts/account-fields.ts';
import { organizationKinds } from '../accounts/roles.ts';
import { getDb, schema } from '../db/index.ts';
import { env } from '../env.ts';
import { getLogger } from '../log.ts';
import { composeResetPasswordMail, composeVerificationMail } from '../mail/compose-mail.ts';
import { sendMail } from '../mail/send-mail.ts';
import { currentRequestEvent, siteOrigin } from './request-event.ts';
import { loadAuthSecret } from './secret.ts';

/** Seconds an invitation stays valid (7 days; the mail text says so). */
export const INVITATION_TTL_SECONDS = 7 * 24 * 60 * 60;

// Platform roles for the admin plugin. Admins get everything except impersonation: the platform
// will hold youth profiles, and nobody should be able to act as another user unseen.
const platformAdmin = adminDefaultAc.newRole({
	user: ['create', 'list', 'set-role', 'ban', 'delete', 'set-password', 'get', 'update'],
	session: ['list', 'revoke', 'delete']
});
const platformUser = adminDefaultAc.newRole({ user: [], session: [] });

// Organisation roles: "manager" has what better-auth's owner has (invite, manage members), except
// deleting the organisation, which stays with platform admins; "member" only belongs.
const orgManager = orgDefaultAc.newRole({
	organization: ['update'],
	member: ['create', 'update', 'delete'],
	invitation: ['create', 'cancel'],
	team: [],
	ac: ['read']
});
const orgMember = orgDefaultAc.newRole({ organization: [], member: [], invitation: [], team: [], ac: ['read'] });

function buildAuth(secret: string) {
	const config = env();
	return betterAuth({
		appName: 'Kleinschalig',
		secret,
		// Without ORIGIN, better-auth derives the origin from each incoming request.
		baseURL: config.ORIGIN,
		basePath: '/api/auth',
		database: drizzleAdapter(getDb(), { provider: 'pg', schema }),
		logger: {
			level: config.NODE_ENV === 'test' ? 'error' : 'warn',
			log(level, message, ...args) {
				// Without ORIGIN we derive the origin per request on purpose (siteOrigin() for mail links).
				if (message.includes('Base URL is not set')) return;
				const logger = getLogger();
				const details = args.length > 0 ? { args } : {};
				if (level === 'error') logger.error(details, `better-auth: ${message}`);
				else if (level === 'warn') logger.warn(details, `better-auth: ${message}`);
				else logger.info(details, `better-auth: ${message}`);
			}
		},
		emailAndPassword: {
			enabled: true,
			requireEmailVerification: true,
			autoSignIn: false,
			minPasswordLength: PASSWORD_MIN_LENGTH,
			maxPasswordLength: PASSWORD_MAX_LENGTH,
			resetPasswordTokenExpiresIn: 60 * 60,
			revokeSessionsOnPasswordReset: true,
			async sendResetPassword({ user, token }) {
				const link = `${siteOrigin()}/wachtwoord-herstellen?token=${encodeURIComponent(token)}`;
				await sendMail(composeResetPasswordMail(user.email, user.name, link));
			}
		},
		emailVerification: {
			sendOnSignUp: true,
			sendOnSignIn: false,
			autoSignInAfterVerification: false,
			expiresIn: 24 * 60 * 60,
			async sendVerificationEmail({ user, token }) {
				// Our own Dutch page verifies the token, instead of better-auth's JSON endpoint.
				const link = `${siteOrigin()}/e-mail-bevestigen?token=${encodeURIComponent(token)}`;
				await sendMail(composeVerificationMail(user.email, user.name, link));
			}
		},
		session: {
			expiresIn: 7 * 24 * 60 * 60,
			updateAge: 24 * 60 * 60
		},
		rateLimit: {
			enabled: config.RATE_LIMIT,
			storage: 'memory',
			window: 60,
			max: 100,
			customRules: {
				'/sign-in/email': { window: 60, max: 10 },
				'/sign-up/email': { window: 60, max: 5 },
				'/request-password-reset': { window: 60, max: 5 },
				'/send-verification-email': { window: 60, max: 5 }
			}
		},
		plugins: [
			admin({
				defaultRole: 'user',
				adminRoles: ['admin'],
				roles: {
					admin: platformAdmin,
					editor: platformUser,
					coordinator: platformUser,
					researcher: platformUser,
					user: platformUser
				},
				bannedUserMessage: 'blocked'
			}),
			organization({
				creatorRole: 'manager',
				roles: { manager: orgManager, member: orgMember },
				invitationExpiresIn: INVITATION_TTL_SECONDS,
				// Organisations are created by platform admins (/beheer/organisaties), not by anyone.
				allowUserToCreateOrganization: (user) => (user as { role?: string }).role === 'admin',
				schema: {
					organization: {
						additionalFields: {
							kind: { type: [...organizationKinds], required: true, defaultValue: 'other', input: true }
						}
					}
				}
			}),
			// Last, as better-auth requires: copies Set-Cookie of auth.api calls onto the SvelteKit response.
			// Outside a request the plugin gets undefined and skips, which its code checks for.
			sveltekitCookies(() => currentRequestEvent() as RequestEvent)
		]
	});
}

export type Auth = ReturnType<typeof buildAuth>;

let instance: Promise<Auth> | undefined;

/** The one better-auth instance of this process, created on first use on the one Drizzle client. */
export function getAuth(): Promise<Auth> {
	instance ??= loadAuthSecret().then(buildAuth);
	// A failed start (e.g. database down) must not stick: the next call tries again.
	instance.catch(() => {
		instance = undefined;
	});
	return instance;
}

/** Forgets the instance (tests that change the environment between cases). */
export function resetAuth(): void {
	instance = undefined;
}
