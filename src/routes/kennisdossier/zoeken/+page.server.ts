import { isAppError } from '$lib/server/errors';
import { searchDossier } from '$lib/server/kennis/search/search-dossier';
import type { PageServerLoad } from './$types';

/** Dutch query parameters of the search page → the names of searchDossier's query. */
const parameters = { q: 'q', thema: 'theme', kennis: 'knowledge', voor: 'audience', pagina: 'page' } as const;
type Parameter = keyof typeof parameters;

export const load: PageServerLoad = async ({ url }) => {
	const params = Object.fromEntries(
		Object.keys(parameters).map((p) => [p, url.searchParams.get(p) ?? ''])
	) as Record<Parameter, string>;
	const query = Object.fromEntries(
		Object.entries(parameters).map(([p, name]) => [name, params[p as Parameter]])
	);
	try {
		return { params, search: await searchDossier(query), errors: {} as Record<string, string> };
	} catch (err) {
		if (!isAppError(err) || err.code !== 'invalid-input') throw err;
		// Each bad parameter is reported under its own Dutch name, and no results are shown.
		const byName = new Map<string, string>(Object.entries(parameters).map(([p, name]) => [name, p]));
		const errors: Record<string, string> = {};
		for (const fe of err.fieldErrors) errors[byName.get(fe.path) ?? fe.path] ??= fe.message;
		return { params, search: undefined, errors };
	}
};
