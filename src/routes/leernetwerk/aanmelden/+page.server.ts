import { redirect } from '@sveltejs/kit';
import { listOrganizationOptions } from '$lib/server/netwerk/list-organization-options';
import { signUpParticipant } from '$lib/server/netwerk/sign-up-participant';
import { formList, formText, networkFormFailure } from '../form.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ organizations: await listOrganizationOptions() });

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const text = formText(
			form,
			'name',
			'email',
			'organizationId',
			'proposedOrganizationName',
			'role',
			'consent',
			'consentVersion'
		);
		const themes = formList(form, 'themes');
		const optionalConsents = formList(form, 'optionalConsents');
		try {
			await signUpParticipant({ ...text, themes, optionalConsents }, { ip: event.getClientAddress() });
		} catch (err) {
			return networkFormFailure(err, { ...text, themes, optionalConsents });
		}
		redirect(303, '/leernetwerk/aanmelden/verstuurd');
	}
};
