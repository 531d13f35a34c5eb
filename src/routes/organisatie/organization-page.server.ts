import { error, type RequestEvent } from '@sveltejs/kit';
import { cancelInvitation } from '$lib/server/accounts/cancel-invitation';
import { changeMemberRole } from '$lib/server/accounts/change-member-role';
import { getOrganization } from '$lib/server/accounts/get-organization';
import { inviteMember } from '$lib/server/accounts/invite-member';
import { removeMember } from '$lib/server/accounts/remove-member';
import { formFailure, textFields } from '$lib/server/auth/form-failure';
import { requireOrganizationManager, requireUser } from '$lib/server/auth/guards';
import { isAppError } from '$lib/server/errors';

// The page of one organisation, shared by /organisatie (a manager of one) and /organisatie/[id].
// Every action names the organisation in a hidden field; the module functions check the actor.

/** Loads the organisation for a manager of it (or a platform admin); 403/404 otherwise. */
export async function loadOrganizationPage(event: RequestEvent, organizationId: string) {
	const user = requireOrganizationManager(event, organizationId);
	try {
		return { organization: await getOrganization(user, organizationId), userId: user.id };
	} catch (err) {
		if (isAppError(err) && err.code === 'not-found') error(404, err.message);
		throw err;
	}
}

/** The form actions of the organisation page. */
export const organizationActions = {
	uitnodigen: async (event: RequestEvent) => {
		const user = requireUser(event);
		const values = textFields(await event.request.formData(), 'organizationId', 'email', 'role');
		try {
			const invited = await inviteMember(user, values);
			return { action: 'uitnodigen', invited: invited.email };
		} catch (err) {
			return formFailure(err, { email: values.email, role: values.role }, { invite: true });
		}
	},
	rolWijzigen: async (event: RequestEvent) => {
		const user = requireUser(event);
		const values = textFields(await event.request.formData(), 'memberId', 'role');
		try {
			await changeMemberRole(user, values);
			return { action: 'rolWijzigen', done: true };
		} catch (err) {
			return formFailure(err);
		}
	},
	verwijderen: async (event: RequestEvent) => {
		const user = requireUser(event);
		const values = textFields(await event.request.formData(), 'memberId');
		try {
			await removeMember(user, values.memberId);
			return { action: 'verwijderen', done: true };
		} catch (err) {
			return formFailure(err);
		}
	},
	intrekken: async (event: RequestEvent) => {
		const user = requireUser(event);
		const values = textFields(await event.request.formData(), 'invitationId');
		try {
			await cancelInvitation(user, values.invitationId);
			return { action: 'intrekken', done: true };
		} catch (err) {
			return formFailure(err);
		}
	}
};
