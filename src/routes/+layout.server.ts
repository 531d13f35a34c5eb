import type { LayoutServerLoad } from './$types';

// The signed-in user (or null) for the header's user menu on every page.
export const load: LayoutServerLoad = ({ locals }) => ({ user: locals.user });
