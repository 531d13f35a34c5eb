import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { isAppError } from '$lib/server/errors';
import { getOutboxMail } from '$lib/server/mail/get-outbox-mail';
import { linkParts } from '$lib/server/mail/link-parts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin');
	try {
		const mail = await getOutboxMail(user, event.params.id);
		return { mail: { to: mail.to, subject: mail.subject, createdAt: mail.createdAt, parts: linkParts(mail.text) } };
	} catch (err) {
		if (isAppError(err) && err.code === 'not-found') error(404, err.message);
		throw err;
	}
};
