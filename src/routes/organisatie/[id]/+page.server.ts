import { loadOrganizationPage, organizationActions } from '../organization-page.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => loadOrganizationPage(event, event.params.id);

export const actions = organizationActions;
