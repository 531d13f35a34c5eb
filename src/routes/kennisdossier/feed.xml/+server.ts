import { buildFeed } from '$lib/server/kennis/build-feed';
import type { RequestHandler } from './$types';

/** The Atom feed of new and revised articles. */
export const GET: RequestHandler = async ({ url }) =>
	new Response(await buildFeed({ origin: url.origin }), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
