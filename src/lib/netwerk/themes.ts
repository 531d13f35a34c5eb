// Themes of interest and of questions: the themes of the kennisdossier (product.md, module 1),
// fixed here so the network does not depend on which dossier articles exist.

/** Theme slugs with their Dutch labels, in the dossier's order. */
export const networkThemes = [
	{ slug: 'wat-is-kleinschalig-verblijf', label: 'Wat is kleinschalig verblijf' },
	{ slug: 'vormen', label: 'Vormen van kleinschalig verblijf' },
	{ slug: 'leefklimaat', label: 'Leefklimaat' },
	{ slug: 'groepssamenstelling', label: 'Groepssamenstelling' },
	{ slug: 'behandeling', label: 'Behandeling' },
	{ slug: 'ouders-netwerk-omgeving', label: 'Contact met ouders, netwerk en omgeving' },
	{ slug: 'onderwijs', label: 'Onderwijs' },
	{ slug: 'begeleiding', label: 'Begeleiding' },
	{ slug: 'team', label: 'Team' },
	{ slug: 'organisatievorm', label: 'Organisatievorm' },
	{ slug: 'financiering', label: 'Financiering' },
	{ slug: 'samen-leren', label: 'Samen leren' }
] as const;

export type NetworkTheme = (typeof networkThemes)[number]['slug'];

/** The theme slugs, for validation. */
export const networkThemeSlugs = networkThemes.map((t) => t.slug) as [NetworkTheme, ...NetworkTheme[]];

/** The Dutch label of a theme slug (the slug itself when unknown, e.g. a retired theme). */
export function themeLabel(slug: string): string {
	return networkThemes.find((t) => t.slug === slug)?.label ?? slug;
}
