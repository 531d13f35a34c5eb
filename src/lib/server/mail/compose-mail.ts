import { format, m } from '../../i18n/nl.ts';
import type { Mail } from './send-mail.ts';

/** The mail with the link that confirms a new account's e-mail address. */
export function composeVerificationMail(to: string, name: string, link: string): Mail {
	return { to, subject: m.auth.mail.verifySubject, text: format(m.auth.mail.verifyText, { name, link }) };
}

/** The mail with the link to choose a new password. */
export function composeResetPasswordMail(to: string, name: string, link: string): Mail {
	return { to, subject: m.auth.mail.resetSubject, text: format(m.auth.mail.resetText, { name, link }) };
}

/** The mail that invites someone into an organisation. */
export function composeInvitationMail(input: {
	to: string;
	organization: string;
	inviter: string;
	role: string;
	link: string;
}): Mail {
	return {
		to: input.to,
		subject: format(m.auth.mail.inviteSubject, { organization: input.organization }),
		text: format(m.auth.mail.inviteText, {
			organization: input.organization,
			inviter: input.inviter,
			role: input.role,
			link: input.link
		})
	};
}
