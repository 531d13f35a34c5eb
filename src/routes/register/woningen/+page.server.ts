import { isAppError } from '$lib/server/errors';
import { listHomes } from '$lib/server/register/list-homes';
import type { PageServerLoad } from './$types';

/** Dutch query parameters of the filter form → the filter names of listHomes. */
const parameters = {
	provincie: 'province',
	jeugdregio: 'region',
	ligging: 'setting',
	regime: 'regime',
	doelgroep: 'targetGroup',
	uitkomst: 'verdict',
	pagina: 'page'
} as const;
type Parameter = keyof typeof parameters;

export const load: PageServerLoad = async ({ url }) => {
	const filters = Object.fromEntries(
		Object.keys(parameters).map((p) => [p, url.searchParams.get(p) ?? ''])
	) as Record<Parameter, string>;
	const query = Object.fromEntries(Object.entries(parameters).map(([p, name]) => [name, filters[p as Parameter]]));
	try {
		return { filters, result: await listHomes(query), errors: {} as Record<string, string> };
	} catch (err) {
		if (!isAppError(err) || err.code !== 'invalid-input') throw err;
		// Report each bad filter under its own Dutch parameter, and show no results.
		const byName = new Map(Object.entries(parameters).map(([p, name]) => [name as string, p]));
		const errors: Record<string, string> = {};
		for (const fe of err.fieldErrors) errors[byName.get(fe.path) ?? fe.path] ??= fe.message;
		return { filters, result: undefined, errors };
	}
};
