import { countParticipatingOrganizations } from '$lib/server/netwerk/count-participating-organizations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ organizations: await countParticipatingOrganizations() });
