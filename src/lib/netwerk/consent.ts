// The consent texts of the praktijkleernetwerk. Each has a version: a participant's consent is
// stored with the version they saw, so a changed text gets a new version instead of rewriting history.

/** A consent text as shown on the sign-up form. */
export interface ConsentText {
	kind: string;
	version: string;
	text: string;
}

/** Needed to take part: the network keeps name, e-mail, organisation, role and themes. */
export const registrationConsent: ConsentText = {
	kind: 'registration',
	version: '2026-11-1',
	text: 'Ik meld me aan voor het praktijkleernetwerk kleinschalig verblijf. Het netwerk bewaart mijn naam, e-mailadres, organisatie, functie en interessegebieden om het netwerk en de bijeenkomsten te organiseren. De netwerkcoördinator ziet deze gegevens. Ik kan mijn gegevens altijd downloaden en mijn aanmelding met account verwijderen via "Mijn gegevens".'
};

/** Optional consents beyond registration (product.md: only with separate consent). */
export const optionalConsents: readonly ConsentText[] = [
	{
		kind: 'newsletter',
		version: '2026-11-1',
		text: 'Ik wil de nieuwsbrief van het praktijkleernetwerk per e-mail ontvangen.'
	},
	{
		kind: 'participant-list',
		version: '2026-11-1',
		text: 'Mijn naam en organisatie mogen op de deelnemerslijst staan die andere deelnemers zien.'
	}
];

/** The optional consent of this kind, if there is one. */
export function findOptionalConsent(kind: string): ConsentText | undefined {
	return optionalConsents.find((c) => c.kind === kind);
}
