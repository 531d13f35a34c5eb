import { json } from '@sveltejs/kit';
import { exportProfile } from '$lib/server/matching/export-profile';
import { apiError } from '../../../matching-page.server';
import type { RequestHandler } from './$types';

/** The profile as JSON (AVG right of access); the export is logged. */
export const GET: RequestHandler = async ({ locals, params }) => {
	try {
		const data = await exportProfile(locals.user, { profileId: params.id });
		return json(data, {
			headers: {
				'content-disposition': `attachment; filename="profiel-${data.profile.code}.json"`,
				'cache-control': 'no-store'
			}
		});
	} catch (err) {
		return apiError(err);
	}
};
