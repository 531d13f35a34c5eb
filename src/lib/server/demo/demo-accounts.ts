import type { OrganizationKind, OrganizationRole, PlatformRole } from '../accounts/roles.ts';

// Pure constants (no database imports): browser tests and docs import this file directly.

/** The one password of every demo account (documented in the README and printed at start). */
export const DEMO_PASSWORD = 'Kleinschalig-demo-2026';

/** Every demo account lives on this domain, so demo data is recognisable everywhere. */
export const DEMO_EMAIL_DOMAIN = 'demo.kleinschalig.nl';

export interface DemoOrganization {
	name: string;
	kind: OrganizationKind;
	slug: string;
}

/** Synthetic organisations, one or more of each kind; every name starts with "Demo:". */
export const demoOrganizations = {
	providerLinde: { name: 'Demo: Jeugdhulp De Linde', kind: 'provider', slug: 'demo-jeugdhulp-de-linde' },
	providerAnker: { name: 'Demo: Zorggroep Het Anker', kind: 'provider', slug: 'demo-zorggroep-het-anker' },
	region: { name: 'Demo: Jeugdregio Lindenland', kind: 'municipality', slug: 'demo-jeugdregio-lindenland' },
	institute: {
		name: 'Demo: Kenniscentrum Kleinschalig Wonen',
		kind: 'knowledge-institute',
		slug: 'demo-kenniscentrum-kleinschalig-wonen'
	},
	other: { name: 'Demo: Stichting Ervaring Telt', kind: 'other', slug: 'demo-stichting-ervaring-telt' }
} as const satisfies Record<string, DemoOrganization>;

export type DemoOrganizationKey = keyof typeof demoOrganizations;

export interface DemoAccount {
	name: string;
	email: string;
	/** Platform role. */
	role: PlatformRole;
	/** Organisation membership, if any. */
	organization?: { key: DemoOrganizationKey; role: OrganizationRole };
	/** Dutch description of what this account is for (printed at start). */
	description: string;
}

/** One demo account per platform role and per organisation role; all share DEMO_PASSWORD. */
export const demoAccounts = {
	admin: {
		name: 'Demo Beheerder',
		email: `beheerder@${DEMO_EMAIL_DOMAIN}`,
		role: 'admin',
		description: 'platformbeheerder'
	},
	editor: {
		name: 'Demo Redacteur',
		email: `redacteur@${DEMO_EMAIL_DOMAIN}`,
		role: 'editor',
		description: 'kennisredactie'
	},
	// A second editor, so the four-eyes rule (another editor approves publication) can be shown.
	secondEditor: {
		name: 'Demo Eindredacteur',
		email: `eindredacteur@${DEMO_EMAIL_DOMAIN}`,
		role: 'editor',
		description: 'kennisredactie (tweede redacteur: keurt artikelen goed)'
	},
	coordinator: {
		name: 'Demo Coördinator',
		email: `coordinator@${DEMO_EMAIL_DOMAIN}`,
		role: 'coordinator',
		description: 'netwerkcoördinator'
	},
	researcher: {
		name: 'Demo Onderzoeker',
		email: `onderzoeker@${DEMO_EMAIL_DOMAIN}`,
		role: 'researcher',
		description: 'onderzoeker van het consortium'
	},
	providerManager: {
		name: 'Demo Teamleider',
		email: `teamleider@${DEMO_EMAIL_DOMAIN}`,
		role: 'user',
		organization: { key: 'providerLinde', role: 'manager' },
		description: 'beheerder van aanbieder Demo: Jeugdhulp De Linde'
	},
	providerMember: {
		name: 'Demo Pedagogisch Medewerker',
		email: `medewerker@${DEMO_EMAIL_DOMAIN}`,
		role: 'user',
		organization: { key: 'providerLinde', role: 'member' },
		description: 'medewerker van aanbieder Demo: Jeugdhulp De Linde'
	},
	municipalityMember: {
		name: 'Demo Beleidsmedewerker',
		email: `beleid@${DEMO_EMAIL_DOMAIN}`,
		role: 'user',
		organization: { key: 'region', role: 'member' },
		description: 'beleidsmedewerker van Demo: Jeugdregio Lindenland'
	},
	// Network participants: a member of the second provider, and someone whose organisation is
	// still a proposal waiting for the coordinator.
	otherProviderMember: {
		name: 'Demo Gedragswetenschapper',
		email: `gedragswetenschapper@${DEMO_EMAIL_DOMAIN}`,
		role: 'user',
		organization: { key: 'providerAnker', role: 'member' },
		description: 'medewerker van aanbieder Demo: Zorggroep Het Anker (andere organisatie)'
	},
	networkParticipant: {
		name: 'Demo Begeleider',
		email: `begeleider@${DEMO_EMAIL_DOMAIN}`,
		role: 'user',
		description: 'deelnemer aan het leernetwerk, organisatie nog voorgesteld'
	}
} as const satisfies Record<string, DemoAccount>;

export type DemoAccountKey = keyof typeof demoAccounts;
