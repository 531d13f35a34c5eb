import { error } from '@sveltejs/kit';
import { m } from '$lib/i18n/nl';
import { requireUser } from '$lib/server/auth/guards';
import { loadOrganizationPage, organizationActions } from './organization-page.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const managed = user.organizations.filter((o) => o.role === 'manager');
	// A manager of exactly one organisation sees it here; a manager of several chooses one.
	if (managed.length === 1 && managed[0]) return { ...(await loadOrganizationPage(event, managed[0].id)), managed };
	if (managed.length === 0 && user.role !== 'admin') error(403, m.auth.organization.none);
	return { organization: null, userId: user.id, managed };
};

export const actions = organizationActions;
