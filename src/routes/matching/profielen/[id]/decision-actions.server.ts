import { redirect, type RequestEvent } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { recordDecision } from '$lib/server/matching/record-decision';
import { formValues, matchingFormFailure } from '../../matching-page.server';

/** The "record a decision" action, shared by the profile page and the fit page. */
export async function decideAction(event: RequestEvent<{ id: string }>) {
	const user = requireUser(event);
	const values = formValues(await event.request.formData());
	try {
		await recordDecision(user, { profileId: event.params.id, input: values });
	} catch (err) {
		return matchingFormFailure(err, values, 'decision');
	}
	redirect(303, `/matching/profielen/${event.params.id}?besluit`);
}
