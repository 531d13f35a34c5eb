import { env } from '$lib/server/env';
import type { PageServerLoad } from './$types';

// The contact address differs per installation, so it comes from the configuration.
export const load: PageServerLoad = () => ({ contactEmail: env().CONTACT_EMAIL ?? null });
