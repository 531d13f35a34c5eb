import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { grantMatchingRole, listAccessMembers, revokeMatchingRole } from '$lib/server/matching/manage-access';
import { settingsOf } from '$lib/server/matching/settings';
import { updateRetention } from '$lib/server/matching/manage-settings';
import { formValues, loadWorkspace, matchingFormFailure } from '../matching-page.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	loadWorkspace(event, 'manager', async (user, organizationId) => ({
		members: await listAccessMembers(user, { organizationId }),
		retentionDays: (await settingsOf(organizationId)).retentionDays
	}));

/** One action per change; each redirects back with a flag for the confirmation. */
function action(change: typeof grantMatchingRole, flag: string, formName: string) {
	return async (event: Parameters<Actions[string]>[0]) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const organizationId = String(form.get('_organisatie') ?? '');
		const values = formValues(form);
		try {
			await change(user, { organizationId, input: values });
		} catch (err) {
			return matchingFormFailure(err, values, formName);
		}
		redirect(303, `/matching/toegang?organisatie=${encodeURIComponent(organizationId)}&${flag}`);
	};
}

export const actions: Actions = {
	geven: action(grantMatchingRole, 'gegeven', 'access'),
	intrekken: action(revokeMatchingRole, 'ingetrokken', 'access'),
	bewaartermijn: action(updateRetention, 'bewaartermijn', 'retention')
};
