import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guards';
import { httpStatusOf, isAppError } from '$lib/server/errors';
import { exportRegistrations } from '$lib/server/netwerk/meetings/export-registrations';
import type { RequestHandler } from './$types';

/** The registrations of a meeting as a CSV or XLSX download (?formaat=csv|xlsx), coordinator only. */
export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'coordinator');
	const format = event.url.searchParams.get('formaat') === 'xlsx' ? 'xlsx' : 'csv';
	try {
		const file = await exportRegistrations(user, { meetingId: event.params.id, format });
		return new Response(Buffer.from(file.body), {
			headers: {
				'content-type': file.contentType,
				'content-disposition': `attachment; filename="${file.fileName.replace(/["\\]/g, '')}"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (err) {
		if (isAppError(err)) error(httpStatusOf[err.code], err.message);
		throw err;
	}
};
