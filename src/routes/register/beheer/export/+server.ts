import { error } from '@sveltejs/kit';
import { httpStatusOf, isAppError } from '$lib/server/errors';
import { requireUser } from '$lib/server/auth/guards';
import { exportHomes } from '$lib/server/register/export-homes';
import type { RequestHandler } from './$types';

/** The homes of one organisation as a CSV or XLSX download (?organisatie=ID&formaat=csv|xlsx). */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const organizationId = event.url.searchParams.get('organisatie') ?? '';
	const format = event.url.searchParams.get('formaat') === 'xlsx' ? 'xlsx' : 'csv';
	try {
		const file = await exportHomes(user, { organizationId, format });
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
