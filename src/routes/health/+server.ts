import { json, type RequestHandler } from '@sveltejs/kit';
import { checkHealth } from '$lib/server/http/check-health';

/** 200 when the database answers, 503 otherwise; no login, never cached. */
export const GET: RequestHandler = async () => {
	const health = await checkHealth();
	return json(health, {
		status: health.status === 'ok' ? 200 : 503,
		headers: { 'cache-control': 'no-store' }
	});
};
