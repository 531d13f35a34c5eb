import { redirect } from '@sveltejs/kit';
import { acceptInvitationAsNewUser } from '$lib/server/accounts/accept-invitation-as-new-user';
import { acceptInvitation } from '$lib/server/accounts/accept-invitation';
import { getInvitation } from '$lib/server/accounts/get-invitation';
import { formFailure, textFields } from '$lib/server/auth/form-failure';
import { requireUser } from '$lib/server/auth/guards';
import { signIn } from '$lib/server/auth/sign-in';
import { isAppError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	try {
		const invitation = await getInvitation(params.id);
		const signedInAs = locals.user?.email ?? null;
		return { invitation, signedInAs, problem: null };
	} catch (err) {
		if (!isAppError(err)) throw err;
		return { invitation: null, signedInAs: null, problem: err.message };
	}
};

export const actions: Actions = {
	aanmaken: async (event) => {
		const values = textFields(await event.request.formData(), 'name', 'password', 'passwordRepeat');
		let accepted: Awaited<ReturnType<typeof acceptInvitationAsNewUser>>;
		try {
			accepted = await acceptInvitationAsNewUser(event.params.id, values);
		} catch (err) {
			return formFailure(err, { name: values.name });
		}
		await signIn({
			email: accepted.email,
			password: values.password,
			ip: event.getClientAddress(),
			headers: event.request.headers
		});
		redirect(303, `/account?lid=${encodeURIComponent(accepted.invitation.organizationId)}`);
	},
	accepteren: async (event) => {
		const user = requireUser(event);
		let organizationId: string;
		try {
			organizationId = (await acceptInvitation(user, event.params.id)).organizationId;
		} catch (err) {
			return formFailure(err);
		}
		redirect(303, `/account?lid=${encodeURIComponent(organizationId)}`);
	}
};
