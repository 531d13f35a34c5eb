import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { httpStatusOf, isAppError } from '$lib/server/errors';
import { exportParticipantData } from '$lib/server/netwerk/export-participant-data';
import type { RequestHandler } from './$types';

/** The participant's own data as a JSON download (AVG inzage en overdraagbaarheid). */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	try {
		const data = await exportParticipantData(user);
		return new Response(JSON.stringify(data, null, 2), {
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'content-disposition': 'attachment; filename="mijn-gegevens-leernetwerk.json"',
				'cache-control': 'no-store'
			}
		});
	} catch (err) {
		// Not a participant: a plain 403 page with the Dutch reason.
		if (isAppError(err)) error(httpStatusOf[err.code], err.message);
		throw err;
	}
};
