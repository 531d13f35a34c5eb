/** Dutch UI texts of the netwerk module: section `m.netwerk` of the one catalogue (src/lib/i18n/nl.ts). */
import { netwerkMeetings } from './netwerk-meetings.ts';

export const netwerk = {
	/** Meetings, waiting lists, calendar files (owned by the meetings part, own file). */
	meetings: netwerkMeetings,
	errors: {
		nameRequired: 'Vul uw naam in.',
		nameTooLong: 'Uw naam mag hoogstens 100 tekens lang zijn.',
		emailRequired: 'Vul uw e-mailadres in.',
		emailInvalid: 'Vul een geldig e-mailadres in, zoals naam@organisatie.nl.',
		organizationRequired: 'Kies uw organisatie of vul de naam van een nieuwe organisatie in.',
		organizationUnknown: 'Deze organisatie bestaat niet (meer). Kies een organisatie uit de lijst.',
		organizationBoth: 'Kies een organisatie uit de lijst óf vul een nieuwe naam in, niet allebei.',
		proposedOrganizationTooLong: 'De naam van de organisatie mag hoogstens 200 tekens lang zijn.',
		roleRequired: 'Vul uw functie in, bijvoorbeeld pedagogisch medewerker.',
		roleTooLong: 'Uw functie mag hoogstens 100 tekens lang zijn.',
		themeInvalid: 'Kies een thema uit de lijst.',
		themesTooMany: 'Kies hoogstens twaalf thema’s.',
		consentRequired: 'Geef toestemming voor de aanmelding; zonder kunt u niet deelnemen aan het netwerk.',
		consentOutdated: 'De toestemmingstekst is gewijzigd. Lees de nieuwe tekst en geef opnieuw toestemming.',
		optionalConsentInvalid: 'Deze toestemming kennen we niet.',
		tokenInvalid: 'Deze bevestigingslink is ongeldig of al gebruikt.',
		tokenExpired: 'Deze bevestigingslink is verlopen (hij is 48 uur geldig). Meld u opnieuw aan.',
		notParticipant: 'Alleen deelnemers van het praktijkleernetwerk kunnen dit doen. Meld u eerst aan.',
		notCoordinator: 'Alleen de netwerkcoördinator kan dit doen.',
		titleRequired: 'Vul een titel in.',
		titleTooLong: 'De titel mag hoogstens 200 tekens lang zijn.',
		bodyRequired: 'Vul de tekst in.',
		bodyTooLong: 'De tekst mag hoogstens 5000 tekens lang zijn.',
		themeRequired: 'Kies een thema.',
		questionNotFound: 'Deze vraag bestaat niet (meer).',
		statusInvalid: 'Kies een status uit de lijst.',
		meetingRequired: 'Kies de bijeenkomst waarop de vraag staat.',
		answerRequired: 'Geef bij een beantwoorde vraag het artikel of de reactie met het antwoord.',
		articleSlugInvalid:
			'Vul de korte naam (slug) van het artikel in, met kleine letters, cijfers en streepjes.',
		replyUnknown: 'Kies een reactie op deze vraag.',
		proposalNotFound: 'Er is geen voorgestelde organisatie met deze naam (meer).',
		kindInvalid: 'Kies het soort organisatie.',
		mergeTargetRequired: 'Kies de bestaande organisatie waarmee u samenvoegt.',
		groupInvalid: 'Kies consortium of klankbordgroep.',
		memberNameRequired: 'Vul de naam van de organisatie of persoon in.',
		memberNameTooLong: 'De naam mag hoogstens 200 tekens lang zijn.',
		memberNameTaken: 'Deze naam staat al in de lijst.',
		descriptionTooLong: 'De omschrijving mag hoogstens 500 tekens lang zijn.',
		websiteInvalid: 'Vul een volledig webadres in, zoals https://www.voorbeeld.nl.',
		researchStatusInvalid: 'Kies de status: gepland, loopt of afgerond.',
		itemNotFound: 'Dit onderdeel bestaat niet (meer).',
		confirmDeleteRequired: 'Typ VERWIJDER om te bevestigen dat u uw account wilt verwijderen.'
	},
	fields: {
		name: 'Naam',
		email: 'E-mailadres',
		organization: 'Organisatie',
		organizationHint:
			'Kies uw organisatie. Staat die er niet bij? Laat dit leeg en vul hieronder de naam in.',
		organizationNone: '— Niet in de lijst —',
		proposedOrganization: 'Nieuwe organisatie',
		proposedOrganizationHint:
			'Alleen als uw organisatie niet in de lijst staat. De netwerkcoördinator keurt de naam goed.',
		role: 'Functie',
		roleHint: 'Bijvoorbeeld pedagogisch medewerker, gedragswetenschapper, teamleider of beleidsmedewerker.',
		themes: 'Thema’s die u interesseren',
		themesHint: 'Kies er zoveel als u wilt; u mag ook niets kiezen.',
		consent: 'Toestemming voor de aanmelding',
		consentCheckbox: 'Ik geef toestemming voor mijn aanmelding (verplicht)',
		optionalConsent: (text: string, version: string) => `${text} (versie ${version})`,
		optionalConsents: 'Aparte toestemmingen (niet verplicht)',
		password: 'Wachtwoord',
		passwordHint: 'Minstens 10 tekens.',
		passwordRepeat: 'Herhaal het wachtwoord',
		title: 'Titel',
		body: 'Uw vraag',
		theme: 'Thema',
		reply: 'Uw reactie',
		status: 'Status',
		meeting: 'Bijeenkomst',
		articleSlug: 'Artikel in het kennisdossier (slug)',
		answerReply: 'Reactie met het antwoord',
		kind: 'Soort organisatie',
		mergeTarget: 'Samenvoegen met',
		group: 'Groep',
		memberName: 'Naam',
		description: 'Omschrijving',
		website: 'Website',
		researchTitle: 'Onderwerp',
		researchStatus: 'Status',
		confirmDelete: 'Typ VERWIJDER ter bevestiging'
	},
	consentVersion: (version: string) => `Versie ${version} van de toestemmingstekst.`,
	signUp: {
		title: 'Aanmelden voor het praktijkleernetwerk',
		breadcrumb: 'Aanmelden',
		intro:
			'Meld u aan om bijeenkomsten bij te wonen en vragen te stellen aan het netwerk. U krijgt een e-mail met een link om uw aanmelding te bevestigen; pas daarna bent u deelnemer.',
		submit: 'Aanmelden',
		sentTitle: 'Kijk in uw mailbox',
		sent: 'Als het adres klopt, ontvangt u binnen enkele minuten een e-mail met een link om uw aanmelding te bevestigen. De link is 48 uur geldig. Geen e-mail ontvangen? Kijk ook bij ongewenste e-mail, of meld u opnieuw aan.',
		alreadyParticipant: 'U bent al deelnemer van het praktijkleernetwerk.'
	},
	confirm: {
		title: 'Aanmelding bevestigen',
		breadcrumb: 'Bevestigen',
		invalid:
			'Deze bevestigingslink is ongeldig of al gebruikt. Meld u opnieuw aan als u nog geen deelnemer bent.',
		expired: 'Deze bevestigingslink is verlopen: hij is 48 uur geldig. Meld u opnieuw aan.',
		newAccount: (name: string) =>
			`Welkom, ${name}. Kies een wachtwoord voor uw account; daarmee logt u voortaan in bij het praktijkleernetwerk.`,
		existingAccount: (name: string) =>
			`Welkom, ${name}. Er is al een account met dit e-mailadres. Bevestig uw aanmelding; daarna logt u in met uw bestaande wachtwoord.`,
		submit: 'Aanmelding bevestigen',
		doneTitle: 'Uw aanmelding is bevestigd',
		done: 'U bent nu deelnemer van het praktijkleernetwerk. Log in om vragen te stellen en u aan te melden voor bijeenkomsten.',
		login: 'Inloggen'
	},
	mail: {
		confirmSubject: 'Bevestig uw aanmelding voor het praktijkleernetwerk',
		confirmText: (name: string, link: string) =>
			`Beste ${name},\n\nU heeft zich aangemeld voor het praktijkleernetwerk kleinschalig verblijf. Bevestig uw aanmelding met deze link (48 uur geldig):\n\n${link}\n\nHeeft u zich niet aangemeld? Dan kunt u deze e-mail negeren; zonder bevestiging verwijderen we de aanmelding na 7 dagen.\n\nMet vriendelijke groet,\nHet praktijkleernetwerk kleinschalig verblijf`,
		alreadySubject: 'U bent al deelnemer van het praktijkleernetwerk',
		alreadyText: (name: string, link: string) =>
			`Beste ${name},\n\nEr kwam een nieuwe aanmelding binnen voor dit e-mailadres, maar u bent al deelnemer van het praktijkleernetwerk. U hoeft niets te doen. Inloggen kan hier:\n\n${link}\n\nMet vriendelijke groet,\nHet praktijkleernetwerk kleinschalig verblijf`
	},
	home: {
		organizationsCount: (n: number) =>
			n === 1
				? 'Er doet 1 organisatie mee aan het praktijkleernetwerk.'
				: `Er doen ${n} organisaties mee aan het praktijkleernetwerk.`,
		links: 'In het leernetwerk',
		signUp: 'Aanmelden voor het netwerk',
		questions: 'Vragen uit de praktijk',
		consortium: 'Consortium en onderzoeksagenda',
		klankbordgroep: 'Klankbordgroep',
		myData: 'Mijn gegevens'
	},
	questions: {
		title: 'Vragen uit de praktijk',
		breadcrumb: 'Vragen',
		intro:
			'Deelnemers stellen hier vragen aan het netwerk en stemmen op de vragen die zij belangrijk vinden. De netwerkcoördinator zet veelgestelde vragen op de agenda van een bijeenkomst.',
		sortLabel: 'Sorteren op',
		sortVotes: 'Meeste stemmen',
		sortNewest: 'Nieuwste',
		themeFilter: 'Thema',
		allThemes: 'Alle thema’s',
		filter: 'Toon vragen',
		empty: 'Er zijn nog geen vragen (bij dit thema). Stel als eerste een vraag.',
		count: (n: number) => (n === 1 ? '1 vraag' : `${n} vragen`),
		votes: (n: number) => (n === 1 ? '1 stem' : `${n} stemmen`),
		replies: (n: number) => (n === 1 ? '1 reactie' : `${n} reacties`),
		askTitle: 'Stel een vraag',
		ask: 'Vraag plaatsen',
		mustSignUp: 'Alleen deelnemers kunnen vragen stellen, stemmen en reageren.',
		signUpLink: 'Meld u aan voor het netwerk',
		loginLink: 'log in',
		or: 'of',
		vote: 'Stem op deze vraag',
		unvote: 'Stem intrekken',
		voted: 'U heeft op deze vraag gestemd.',
		repliesTitle: 'Reacties',
		noReplies: 'Nog geen reacties.',
		replySubmit: 'Reactie plaatsen',
		anonymous: 'Oud-deelnemer',
		askedBy: (name: string, date: string) => `Gesteld door ${name} op ${date}`,
		repliedBy: (name: string, date: string) => `${name} op ${date}`,
		statusTitle: 'Status (netwerkcoördinator)',
		statusSubmit: 'Status opslaan',
		statusSaved: 'De status is opgeslagen.',
		meetingHint: 'Alleen bij de status ‘Op de agenda’: de bijeenkomst die de vraag behandelt.',
		answeredBy: 'Antwoord',
		answerArticle: 'Lees het antwoord in het kennisdossier',
		answerReply: 'Zie de reactie met het antwoord',
		acceptedReply: 'Deze reactie is het antwoord',
		statuses: { open: 'Open', scheduled: 'Op de agenda', answered: 'Beantwoord' } as Record<string, string>,
		posted: 'Uw vraag is geplaatst.'
	},
	groups: {
		consortium: {
			title: 'Consortium',
			breadcrumb: 'Consortium',
			intro:
				'Zeven aanbieders, de Academische Werkplaats Risicojeugd, ervaringsdeskundigen en het Nederlands Jeugdinstituut spraken samen één definitie van kleinschalig verblijf af. Het consortium schreef een onderzoeksvoorstel en werkt samen met het praktijkleernetwerk.'
		},
		klankbordgroep: {
			title: 'Klankbordgroep',
			breadcrumb: 'Klankbordgroep',
			intro:
				'In 2020 begon een initiatiefgroep van aanbieders, scholen, StroomOP, het ondersteuningsteam Zorg voor de Jeugd, Jeugdzorg Nederland en het ministerie van VWS. Die groep werd de klankbordgroep van het netwerk.'
		},
		members: 'Leden',
		empty: 'Er staan nog geen leden in de lijst.',
		researchTitle: 'Onderzoeksagenda',
		researchEmpty: 'Er staan nog geen onderwerpen op de onderzoeksagenda.',
		researchStatuses: { planned: 'Gepland', running: 'Loopt', done: 'Afgerond' } as Record<string, string>,
		editTitle: 'Bewerken (netwerkcoördinator)',
		addMember: 'Lid toevoegen',
		removeMember: (name: string) => `${name} verwijderen`,
		addResearch: 'Onderwerp toevoegen',
		saveResearch: 'Status opslaan',
		removeResearch: (title: string) => `${title} verwijderen`,
		statusOf: (title: string) => `Status van ${title}`,
		saved: 'Opgeslagen.'
	},
	manage: {
		participantsTitle: 'Deelnemers',
		participantsEmpty: 'Er zijn nog geen aanmeldingen.',
		columns: {
			name: 'Naam',
			email: 'E-mailadres',
			organization: 'Organisatie',
			role: 'Functie',
			status: 'Status',
			date: 'Aangemeld'
		},
		statuses: { pending: 'Nog niet bevestigd', active: 'Actief' } as Record<string, string>,
		proposed: (name: string) => `${name} (voorgesteld)`,
		proposalsTitle: 'Voorgestelde organisaties',
		proposalsEmpty: 'Er zijn geen voorgestelde organisaties om te beoordelen.',
		proposalBy: (n: number) =>
			n === 1 ? 'voorgesteld door 1 deelnemer' : `voorgesteld door ${n} deelnemers`,
		approve: 'Goedkeuren als nieuwe organisatie',
		merge: 'Samenvoegen',
		reject: 'Afwijzen',
		approved: (name: string) => `${name} is aangemaakt en gekoppeld aan de deelnemers.`,
		merged: 'De deelnemers zijn gekoppeld aan de bestaande organisatie.',
		rejected: 'Het voorstel is afgewezen; de deelnemers staan nu zonder organisatie.',
		linksTitle: 'Ook beheren',
		questionsLink: 'Vragen uit de praktijk (status zetten)',
		consortiumLink: 'Consortium en onderzoeksagenda',
		klankbordgroepLink: 'Klankbordgroep'
	},
	myData: {
		title: 'Mijn gegevens in het praktijkleernetwerk',
		breadcrumb: 'Mijn gegevens',
		intro:
			'Hier downloadt u alles wat het praktijkleernetwerk over u bewaart, en verwijdert u uw account. Uw vragen en reacties blijven dan staan zonder uw naam.',
		notParticipant: 'U bent (nog) geen deelnemer van het praktijkleernetwerk.',
		summary: (questions: number, replies: number, votes: number) =>
			`U stelde ${questions} ${questions === 1 ? 'vraag' : 'vragen'}, plaatste ${replies} ${replies === 1 ? 'reactie' : 'reacties'} en stemde ${votes} keer.`,
		downloadTitle: 'Gegevens downloaden',
		download: 'Download mijn gegevens (JSON)',
		deleteTitle: 'Account verwijderen',
		deleteText:
			'Uw aanmelding voor het netwerk, uw aanmeldingen voor bijeenkomsten, uw stemmen en uw account worden verwijderd. Uw vragen en reacties blijven staan, maar zonder uw naam. Dit kunt u niet ongedaan maken.',
		deleteSubmit: 'Mijn account verwijderen',
		deletedTitle: 'Uw account is verwijderd',
		deleted:
			'Uw account en uw aanmelding voor het praktijkleernetwerk zijn verwijderd. Bedankt voor uw deelname.'
	}
} as const;
