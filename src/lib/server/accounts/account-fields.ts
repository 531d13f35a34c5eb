import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { organizationKinds, organizationRoles, platformRoles } from './roles.ts';

/** Password length rules, shared by better-auth and every password field. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

// The zod fields every account form, the CLI and the module functions share, with Dutch messages.
const e = m.auth.errors;

/** A person's display name. */
export const nameField = z
	.string(e.nameRequired)
	.trim()
	.min(1, e.nameRequired)
	.max(100, e.nameTooLong);

/** An e-mail address, trimmed and lower-cased so that one address is one account. */
export const emailField = z
	.string(e.emailRequired)
	.trim()
	.min(1, e.emailRequired)
	.pipe(z.email(e.emailInvalid))
	.transform((v) => v.toLowerCase());

/** A new password (length rules as configured in better-auth). */
export const passwordField = z
	.string(e.passwordRequired)
	.min(1, e.passwordRequired)
	.min(PASSWORD_MIN_LENGTH, e.passwordTooShort)
	.max(PASSWORD_MAX_LENGTH, e.passwordTooLong);

/** A password being checked at login (no length rules: old passwords must still work). */
export const existingPasswordField = z.string(e.passwordRequired).min(1, e.passwordRequired).max(1000);

export const platformRoleField = z.enum(platformRoles, e.roleInvalid);
export const organizationRoleField = z.enum(organizationRoles, e.roleInvalid);
export const organizationKindField = z.enum(organizationKinds, e.kindInvalid);

/** An id of a row (better-auth ids and UUIDs alike). */
export const idField = z.string(e.idInvalid).trim().min(1, e.idInvalid).max(100, e.idInvalid);
