import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import {
	getMatchingSettings,
	updateMatchingRules,
	updateNeedsVocabulary
} from '$lib/server/matching/manage-settings';
import { formValues, loadWorkspace, matchingFormFailure } from '../matching-page.server';
import { rulesFromForm } from './rules-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	loadWorkspace(event, 'role', async (user, organizationId) => ({
		settings: await getMatchingSettings(user, { organizationId })
	}));

const back = (organizationId: string, flag: string) =>
	`/matching/regels?organisatie=${encodeURIComponent(organizationId)}&${flag}`;

export const actions: Actions = {
	opslaan: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const organizationId = String(form.get('_organisatie') ?? '');
		const values = rulesFromForm(form);
		try {
			await updateMatchingRules(user, { organizationId, input: values });
		} catch (err) {
			return matchingFormFailure(err, { ...values }, 'rules');
		}
		redirect(303, back(organizationId, 'opgeslagen'));
	},
	standaard: async (event) => {
		const user = requireUser(event);
		const organizationId = String((await event.request.formData()).get('_organisatie') ?? '');
		try {
			await updateMatchingRules(user, { organizationId, input: null });
		} catch (err) {
			return matchingFormFailure(err, {}, 'rules');
		}
		redirect(303, back(organizationId, 'standaard'));
	},
	behoeften: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const organizationId = String(form.get('_organisatie') ?? '');
		const values = formValues(form);
		try {
			await updateNeedsVocabulary(user, { organizationId, input: values });
		} catch (err) {
			return matchingFormFailure(err, values, 'vocabulary');
		}
		redirect(303, back(organizationId, 'opgeslagen'));
	}
};
