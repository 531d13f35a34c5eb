import type { Pathname } from '$app/types';
import { m } from '../../i18n/nl.ts';

/** One link in a menu. */
export interface MenuLink {
	href: Pathname;
	label: string;
}

/** The part of the signed-in user the user menu needs (structurally a SessionUser). */
export interface MenuUser {
	role: string;
	organizations: readonly { role: string }[];
}

/** The six modules, in menu order; `key` names their texts in the catalogue (m.layout.nav, m.modules). */
export const moduleLinks = [
	{ key: 'kennisdossier', href: '/kennisdossier' },
	{ key: 'leernetwerk', href: '/leernetwerk' },
	{ key: 'register', href: '/register' },
	{ key: 'monitor', href: '/monitor' },
	{ key: 'matching', href: '/matching' },
	{ key: 'omslagplanner', href: '/omslagplanner' }
] as const;

export type ModuleKey = (typeof moduleLinks)[number]['key'];

// Each platform role has one work area; 'user' has none.
const roleAreas: Record<string, MenuLink> = {
	admin: { href: '/beheer', label: m.layout.user.admin },
	editor: { href: '/kennisdossier/redactie', label: m.layout.user.editor },
	coordinator: { href: '/leernetwerk/beheer', label: m.layout.user.coordinator },
	researcher: { href: '/monitor/onderzoek', label: m.layout.user.researcher }
};

/** The user-menu links for a signed-in user: their role's area, their organisation (managers), their account. */
export function userMenuLinks(user: MenuUser): MenuLink[] {
	const links: MenuLink[] = [];
	const area = Object.hasOwn(roleAreas, user.role) ? roleAreas[user.role] : undefined;
	if (area) links.push(area);
	if (user.organizations.some((o) => o.role === 'manager')) {
		links.push({ href: '/organisatie', label: m.layout.user.organization });
	}
	links.push({ href: '/account', label: m.layout.user.account });
	return links;
}

/**
 * The aria-current value of a menu link: 'page' on the page itself, 'true' on a page inside its
 * section (so /kennisdossier stays marked on /kennisdossier/redactie), otherwise nothing.
 */
export function ariaCurrent(pathname: string, href: Pathname): 'page' | 'true' | undefined {
	const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
	if (path === href) return 'page';
	if (href !== '/' && path.startsWith(`${href}/`)) return 'true';
	return undefined;
}
