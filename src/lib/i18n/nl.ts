/**
 * The Dutch message catalogue: every text the UI shows. One object, one section per area.
 * Components import `m` and read `m.section.key`; texts with placeholders use format().
 * Zod error messages for forms also come from here (section `validation`).
 */
export const m = {
	app: {
		name: 'Kleinschalig',
		tagline: 'Samen werken aan kleinschalig verblijf in de jeugdhulp',
		/** Every page title: "{title} — Kleinschalig". */
		pageTitle: '{title} — Kleinschalig',
		homeTitle: 'Kleinschalig — samen werken aan kleinschalig verblijf in de jeugdhulp'
	},
	// --- layout (header, navigation, footer, skip link, breadcrumb, error pages) ---
	layout: {
		skipLink: 'Naar de inhoud',
		homeLink: 'Kleinschalig, naar de startpagina',
		mainNav: 'Hoofdmenu',
		userNav: 'Gebruikersmenu',
		nav: {
			kennisdossier: 'Kennisdossier',
			leernetwerk: 'Leernetwerk',
			register: 'Register',
			monitor: 'Monitor',
			matching: 'Matching',
			omslagplanner: 'Omslagplanner'
		},
		user: {
			login: 'Inloggen',
			signedInAs: 'Ingelogd als',
			admin: 'Beheer',
			editor: 'Redactie',
			coordinator: 'Netwerkbeheer',
			researcher: 'Onderzoeksdata',
			organization: 'Mijn organisatie',
			account: 'Mijn account',
			logout: 'Uitloggen'
		},
		breadcrumb: { label: 'Kruimelpad', home: 'Home' },
		footer: {
			aboutHeading: 'Over Kleinschalig',
			about:
				'Een open platform voor kleinschalig verblijf in de jeugdhulp: kennis, netwerk, register, cijfers, matching en planning op één plek.',
			syntheticData:
				'Let op: alle gegevens in deze demo zijn verzonnen (synthetisch). Ze gaan niet over echte jongeren, medewerkers of organisaties.',
			siteHeading: 'Over deze website',
			accessibility: 'Toegankelijkheid',
			privacy: 'Privacy',
			licence: 'Broncode: open source onder EUPL-1.2',
			licenceUrl: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12'
		},
		notFound: {
			title: 'Pagina niet gevonden',
			text: 'De pagina die u zoekt bestaat niet (meer). Misschien is het adres verkeerd getypt of is de pagina verplaatst.',
			helpHeading: 'Hier kunt u verder',
			home: 'Naar de startpagina'
		},
		forbidden: {
			title: 'Geen toegang',
			text: 'U heeft geen toegang tot deze pagina.',
			help: 'Denkt u dat u wel toegang zou moeten hebben? Vraag het de beheerder van uw organisatie.'
		},
		error: {
			title: 'Er ging iets mis',
			text: 'Er ging iets mis aan onze kant. Probeer het over een paar minuten opnieuw.',
			reference: 'Referentie: {id}. Noem deze referentie als u contact opneemt, dan kunnen wij het probleem sneller vinden.',
			home: 'Naar de startpagina'
		}
	},
	// --- modules (landing pages of the six modules) ---
	modules: {},
	// --- auth (login, sign-up, verification, password reset, invitations, account) ---
	auth: {
		fields: {
			name: 'Naam',
			email: 'E-mailadres',
			password: 'Wachtwoord',
			passwordRepeat: 'Herhaal wachtwoord',
			currentPassword: 'Huidig wachtwoord',
			newPassword: 'Nieuw wachtwoord',
			role: 'Rol',
			passwordHint: 'Minstens 10 tekens.'
		},
		errors: {
			nameRequired: 'Vul uw naam in.',
			nameTooLong: 'Uw naam mag hoogstens 100 tekens lang zijn.',
			emailRequired: 'Vul uw e-mailadres in.',
			emailInvalid: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
			passwordRequired: 'Vul een wachtwoord in.',
			passwordTooShort: 'Het wachtwoord moet minstens 10 tekens lang zijn.',
			passwordTooLong: 'Het wachtwoord mag hoogstens 128 tekens lang zijn.',
			passwordsDiffer: 'De twee wachtwoorden zijn niet gelijk.',
			currentPasswordWrong: 'Het huidige wachtwoord klopt niet.',
			emailTaken: 'Er bestaat al een account met dit e-mailadres.',
			wrongCredentials: 'Het e-mailadres of het wachtwoord klopt niet.',
			notVerified:
				'U heeft uw e-mailadres nog niet bevestigd. Klik op de link in de bevestigingsmail, of vraag een nieuwe mail aan.',
			blocked: 'Dit account is geblokkeerd. Neem contact op met de beheerder van Kleinschalig.',
			rateLimited: 'U heeft het te vaak geprobeerd. Wacht een paar minuten en probeer het dan opnieuw.',
			tokenInvalid: 'Deze link is ongeldig of verlopen. Vraag een nieuwe link aan.',
			unknown: 'Er ging iets mis. Probeer het later opnieuw.',
			roleInvalid: 'Kies een rol.',
			kindInvalid: 'Kies een soort organisatie.',
			organizationNameRequired: 'Vul de naam van de organisatie in.',
			slugInvalid: 'Gebruik alleen kleine letters, cijfers en streepjes.',
			slugTaken: 'Deze korte naam is al in gebruik.',
			idInvalid: 'Kies een geldige waarde.',
			notManager: 'Alleen beheerders van deze organisatie kunnen dit doen.',
			notAdmin: 'Alleen platformbeheerders kunnen dit doen.',
			organizationNotFound: 'Deze organisatie bestaat niet.',
			userNotFound: 'Deze gebruiker bestaat niet.',
			memberNotFound: 'Dit lid bestaat niet.',
			alreadyMember: 'Deze persoon is al lid van de organisatie.',
			lastManager: 'Een organisatie houdt minstens één beheerder.',
			invitationNotFound: 'Deze uitnodiging bestaat niet (meer).',
			invitationClosed: 'Deze uitnodiging is al gebruikt of ingetrokken.',
			invitationExpired: 'Deze uitnodiging is verlopen. Vraag de beheerder van de organisatie om een nieuwe.',
			invitationOtherEmail: 'Deze uitnodiging is voor een ander e-mailadres dan waarmee u bent ingelogd.',
			invitationHasAccount:
				'Er bestaat al een account met dit e-mailadres. Log eerst in en accepteer dan de uitnodiging.',
			ownBlock: 'U kunt uw eigen account niet blokkeren.',
			ownRole: 'U kunt uw eigen rol niet wijzigen.'
		},
		roles: {
			admin: 'Platformbeheerder',
			editor: 'Redacteur',
			coordinator: 'Netwerkcoördinator',
			researcher: 'Onderzoeker',
			user: 'Gebruiker'
		},
		organizationRoles: { member: 'Lid', manager: 'Beheerder' },
		organizationKinds: {
			provider: 'Jeugdhulpaanbieder',
			municipality: 'Gemeente of jeugdregio',
			'knowledge-institute': 'Kennisinstituut',
			other: 'Overig'
		},
		login: {
			title: 'Inloggen',
			intro: 'Log in met uw e-mailadres en wachtwoord.',
			submit: 'Inloggen',
			forgot: 'Wachtwoord vergeten?',
			noAccount: 'Nog geen account?',
			register: 'Account aanmaken',
			resend: 'Stuur de bevestigingsmail opnieuw',
			resent: 'Als dit e-mailadres bij ons bekend is en nog niet bevestigd, is er een nieuwe bevestigingsmail verstuurd.'
		},
		logout: { submit: 'Uitloggen' },
		register: {
			title: 'Account aanmaken',
			intro: 'Maak een account aan. U krijgt daarna een mail om uw e-mailadres te bevestigen.',
			submit: 'Account aanmaken',
			hasAccount: 'Heeft u al een account?',
			sentTitle: 'Bekijk uw e-mail',
			sentText:
				'We hebben een mail gestuurd met een link om uw e-mailadres te bevestigen. Klik op die link; daarna kunt u inloggen. Geen mail gekregen? Kijk ook in uw map met ongewenste mail.'
		},
		verify: {
			title: 'E-mailadres bevestigen',
			ok: 'Uw e-mailadres is bevestigd. U kunt nu inloggen.',
			failed: 'Deze bevestigingslink is ongeldig of verlopen. Log in om een nieuwe bevestigingsmail aan te vragen.',
			toLogin: 'Naar inloggen'
		},
		forgot: {
			title: 'Wachtwoord vergeten',
			intro: 'Vul uw e-mailadres in. Als er een account bij hoort, sturen we u een link om een nieuw wachtwoord te kiezen.',
			submit: 'Stuur de link',
			sent: 'Als er een account bij dit e-mailadres hoort, hebben we een mail gestuurd met een link. De link is één uur geldig.'
		},
		reset: {
			title: 'Nieuw wachtwoord kiezen',
			submit: 'Wachtwoord opslaan',
			done: 'Uw wachtwoord is gewijzigd. U kunt nu inloggen met uw nieuwe wachtwoord.',
			missingToken: 'Deze link is niet compleet. Vraag een nieuwe link aan.',
			again: 'Vraag een nieuwe link aan'
		},
		account: {
			title: 'Mijn account',
			details: 'Gegevens',
			role: 'Rol op het platform',
			organizations: 'Organisaties',
			noOrganizations: 'U bent (nog) geen lid van een organisatie.',
			manage: 'Beheer deze organisatie',
			changePassword: 'Wachtwoord wijzigen',
			changePasswordSubmit: 'Wachtwoord wijzigen',
			passwordChanged: 'Uw wachtwoord is gewijzigd.',
			welcome: 'Welkom! Uw account is aangemaakt en u bent lid van {organization}.'
		},
		organization: {
			title: 'Mijn organisatie',
			chooseTitle: 'Mijn organisaties',
			chooseIntro: 'U beheert meerdere organisaties. Kies er een.',
			none: 'U bent geen beheerder van een organisatie.',
			kind: 'Soort',
			members: 'Leden',
			memberName: 'Naam',
			memberEmail: 'E-mailadres',
			memberRole: 'Rol',
			actions: 'Acties',
			changeRole: 'Rol wijzigen',
			changeRoleFor: 'Rol van {name}',
			save: 'Opslaan',
			remove: 'Verwijderen',
			removeFor: 'Verwijder {name} uit de organisatie',
			you: '(u)',
			invitations: 'Openstaande uitnodigingen',
			noInvitations: 'Er zijn geen openstaande uitnodigingen.',
			expires: 'Geldig tot',
			revoke: 'Intrekken',
			revokeFor: 'Trek de uitnodiging voor {email} in',
			inviteTitle: 'Iemand uitnodigen',
			inviteIntro: 'De persoon krijgt een mail met een link om een account aan te maken of de uitnodiging te accepteren.',
			invite: 'Uitnodigen',
			invited: 'De uitnodiging is verstuurd naar {email}.',
			roleChanged: 'De rol is gewijzigd.',
			removed: 'Het lid is verwijderd.',
			revoked: 'De uitnodiging is ingetrokken.'
		},
		invitation: {
			title: 'Uitnodiging',
			intro: 'U bent uitgenodigd om lid te worden van {organization} als {role}.',
			forEmail: 'De uitnodiging is voor {email}.',
			newAccount: 'Maak uw account aan',
			create: 'Account aanmaken',
			accept: 'Uitnodiging accepteren',
			loginFirst: 'Heeft u al een account met dit e-mailadres? Log dan eerst in.',
			accepted: 'U bent nu lid van {organization}.'
		},
		mail: {
			verifySubject: 'Bevestig uw e-mailadres voor Kleinschalig',
			verifyText:
				'Hallo {name},\n\nU heeft een account aangemaakt op Kleinschalig. Bevestig uw e-mailadres via deze link:\n\n{link}\n\nDe link is 24 uur geldig. Heeft u geen account aangemaakt? Dan kunt u deze mail negeren.\n\nMet vriendelijke groet,\nKleinschalig',
			resetSubject: 'Nieuw wachtwoord voor Kleinschalig',
			resetText:
				'Hallo {name},\n\nU heeft gevraagd om een nieuw wachtwoord. Kies een nieuw wachtwoord via deze link:\n\n{link}\n\nDe link is één uur geldig. Heeft u dit niet gevraagd? Dan kunt u deze mail negeren; uw wachtwoord blijft hetzelfde.\n\nMet vriendelijke groet,\nKleinschalig',
			inviteSubject: 'Uitnodiging voor {organization} op Kleinschalig',
			inviteText:
				'Hallo,\n\n{inviter} nodigt u uit om lid te worden van {organization} op Kleinschalig, als {role}.\n\nAccepteer de uitnodiging via deze link:\n\n{link}\n\nDe uitnodiging is 7 dagen geldig. Kent u de afzender niet? Dan kunt u deze mail negeren.\n\nMet vriendelijke groet,\nKleinschalig'
		}
	},
	// --- admin (users, organisations, outbox) ---
	admin: {
		title: 'Beheer',
		intro: 'Beheer de gebruikers, organisaties en verstuurde e-mail van het platform.',
		nav: { users: 'Gebruikers', organizations: 'Organisaties', outbox: 'E-mail' },
		pagination: {
			label: 'Paginering',
			previous: 'Vorige pagina',
			next: 'Volgende pagina',
			page: 'Pagina {page} van {pages}'
		},
		users: {
			title: 'Gebruikers',
			search: 'Zoek op naam of e-mailadres',
			searchSubmit: 'Zoeken',
			count: '{count} gebruikers gevonden',
			none: 'Geen gebruikers gevonden.',
			name: 'Naam',
			email: 'E-mailadres',
			role: 'Rol',
			status: 'Status',
			actions: 'Acties',
			verified: 'Bevestigd',
			unverified: 'Niet bevestigd',
			active: 'Actief',
			blocked: 'Geblokkeerd',
			roleFor: 'Rol van {name}',
			saveRole: 'Rol opslaan',
			block: 'Blokkeren',
			unblock: 'Deblokkeren',
			blockFor: 'Blokkeer {name}',
			unblockFor: 'Deblokkeer {name}',
			roleChanged: 'De rol van {name} is gewijzigd.',
			blockedDone: '{name} is geblokkeerd.',
			unblockedDone: '{name} is gedeblokkeerd.'
		},
		organizations: {
			title: 'Organisaties',
			none: 'Er zijn nog geen organisaties.',
			name: 'Naam',
			kind: 'Soort',
			members: 'Leden',
			createTitle: 'Organisatie toevoegen',
			create: 'Organisatie toevoegen',
			created: 'De organisatie {name} is toegevoegd.',
			back: 'Terug naar organisaties',
			membersTitle: 'Leden',
			noMembers: 'Deze organisatie heeft nog geen leden.',
			addManagerTitle: 'Gebruiker toevoegen als beheerder',
			addManagerIntro: 'Vul het e-mailadres in van iemand die al een account heeft.',
			addManager: 'Toevoegen als beheerder',
			managerAdded: '{name} is nu beheerder van deze organisatie.',
			inviteHint: 'Heeft de persoon nog geen account? Nodig hem of haar dan uit via de pagina van de organisatie.',
			manageLink: 'Leden en uitnodigingen beheren'
		},
		outbox: {
			title: 'E-mail',
			intro: 'Er is geen mailserver ingesteld (SMTP_URL). Mails worden daarom hier bewaard in plaats van verstuurd.',
			none: 'Er zijn nog geen mails.',
			to: 'Aan',
			subject: 'Onderwerp',
			date: 'Datum',
			open: 'Lees',
			back: 'Terug naar e-mail'
		}
	},
	// --- register (definitietoets: reasons per criterion, input errors) ---
	register: {
		criteria: {
			'around-the-clock': {
				meets: 'Het verblijf is 24 uur per dag, 7 dagen per week.',
				'does-not-meet': 'Het verblijf is niet 24/7; de definitie vraagt verblijf dag en nacht.',
				unknown: 'Niet opgegeven of het verblijf 24/7 is.'
			},
			setting: {
				meets: 'De woning staat in een gewone woonwijk.',
				'preference-not-met':
					'De woning staat op een instellingsterrein; dat mag, maar een gewone woonwijk heeft de voorkeur.',
				unknown: 'Niet opgegeven of de woning in een woonwijk of op een instellingsterrein staat.'
			},
			'group-size': {
				meets: 'Met {places} plaatsen is de groep klein genoeg (voorkeur: hooguit 4).',
				'preference-not-met':
					'Met {places} plaatsen valt de groep binnen het maximum van 6, maar boven de voorkeur van 4.',
				'does-not-meet': 'Met {places} plaatsen is de groep groter dan het maximum van 6 jongeren.',
				unknown: 'Het aantal plaatsen is niet opgegeven.'
			},
			'age-range': {
				meets: 'De leeftijden vallen binnen 8 tot en met 23 jaar.',
				'does-not-meet': 'De definitie geldt voor jongeren van 8 tot en met 23 jaar; {detail}.',
				unknown: 'De leeftijden zijn niet opgegeven.',
				ageMinTooLow: 'de minimumleeftijd {age} ligt onder de 8',
				ageMaxTooHigh: 'de maximumleeftijd {age} ligt boven de 23',
				residentOutside: 'een bewoner van {age} jaar valt erbuiten'
			},
			'home-like': {
				meets: 'De woning heeft een huiselijke sfeer.',
				'does-not-meet': 'De woning is niet huiselijk ingericht; de definitie vraagt een huiselijke setting.',
				unknown: 'Niet opgegeven of de woning huiselijk is.'
			},
			'not-live-in': {
				meets: 'De begeleiders wonen niet in de woning.',
				'does-not-meet':
					'De begeleiders wonen in de woning; dan is het een gezinshuis, geen kleinschalige voorziening.',
				unknown: 'Niet opgegeven of de begeleiders in de woning wonen.'
			},
			'fixed-team': {
				meets: 'Er werkt een vast team van begeleiders.',
				'does-not-meet': 'Er is geen vast team; de definitie vraagt een vast team van begeleiders.',
				unknown: 'Niet opgegeven of er een vast team is.'
			},
			'staff-ratio': {
				meets: 'Op elk moment van de week zijn er minstens {carers} aanwezig (1 op 4 bij {places} plaatsen).',
				'does-not-meet':
					'Niet op elk moment zijn er {carers} aanwezig (1 op 4 bij {places} plaatsen): {hours} uur per week te weinig.',
				'does-not-meet-empty':
					'Het rooster is leeg: de hele week is er niemand ingeroosterd, terwijl er steeds {carers} nodig zijn.',
				unknown: 'Het rooster of het aantal plaatsen is niet opgegeven.',
				carer: '1 begeleider',
				carers: '{count} begeleiders'
			},
			'individual-care': {
				meets: 'De jongeren krijgen intensieve, individuele behandeling of begeleiding op maat.',
				'does-not-meet': 'Er is geen individuele behandeling of begeleiding op maat.',
				unknown: 'Niet opgegeven of er individuele behandeling of begeleiding is.'
			},
			perspective: {
				meets: 'Er is perspectief op wonen, zorg en onderwijs of werk.',
				'does-not-meet': 'Er ontbreekt perspectief op {missing}.',
				unknown: 'Niet opgegeven of er perspectief is op {missing}.',
				housing: 'wonen',
				care: 'zorg',
				educationOrWork: 'onderwijs of werk'
			}
		},
		input: {
			name: 'De naam moet tekst zijn.',
			boolean: 'Kies ja of nee (true of false).',
			setting: 'Kies "neighbourhood" (woonwijk) of "campus" (instellingsterrein).',
			regime: 'Kies "open" of "closed" (gesloten).',
			places: 'Het aantal plaatsen moet een heel getal van minstens 1 zijn.',
			age: 'Een leeftijd moet een heel getal van 0 tot en met 30 zijn.',
			ages: 'Geef de leeftijden van de bewoners als een lijst van hele getallen.',
			ageOrder: 'De maximumleeftijd mag niet lager zijn dan de minimumleeftijd.',
			perspective: 'Geef het perspectief als housing, care en educationOrWork (ja of nee).',
			roster: 'Het rooster moet een lijst van diensten zijn.',
			shift: 'Een dienst heeft een weekdag, begintijd, eindtijd en aantal begeleiders.',
			weekday: 'De weekdag moet een heel getal van 1 (maandag) tot en met 7 (zondag) zijn.',
			start: 'De begintijd moet de vorm UU:MM hebben, van 00:00 tot en met 23:59.',
			end: 'De eindtijd moet de vorm UU:MM hebben, van 00:00 tot en met 24:00.',
			carers: 'Het aantal begeleiders moet een heel getal van 0 of meer zijn.'
		}
	},
	// --- platform (server errors, JSON API problems, command-line tool) ---
	platform: {
		errors: {
			notFound: 'Pagina niet gevonden',
			unexpected: 'Er ging iets mis. Probeer het later opnieuw.'
		},
		problemTitles: {
			'invalid-input': 'Ongeldige invoer',
			unauthenticated: 'Niet ingelogd',
			forbidden: 'Geen toegang',
			'not-found': 'Niet gevonden',
			conflict: 'Conflict met bestaande gegevens',
			'rate-limited': 'Te veel verzoeken',
			internal: 'Interne fout'
		},
		api: {
			internalDetail:
				'Er ging iets mis op de server. Vermeld bij vragen het verzoeknummer {requestId}.',
			invalidJson: 'De inhoud is geen geldige JSON.',
			unsupportedMediaTypeTitle: 'Verkeerd gegevensformaat',
			unsupportedMediaType: 'Stuur de gegevens als JSON (Content-Type: application/json).',
			unknownPath: 'Het adres {path} bestaat niet in deze API. Zie /api/v1 voor de beschikbare adressen.'
		},
		cli: {
			unknownCommand: 'Onbekende opdracht "{name}". Zie: kleinschalig help',
			unknownOption: 'Onbekende optie {option}.',
			missingValue: 'De optie {option} heeft een waarde nodig.',
			unexpectedArgument: 'Onverwacht argument "{argument}".',
			invalidArguments: 'De argumenten zijn niet geldig.',
			missingFile: 'Geef een bestand op, of - voor standaardinvoer.',
			unreadableFile: 'Het bestand {file} bestaat niet of is niet leesbaar.',
			invalidJson: 'Het bestand {file} bevat geen geldige JSON.',
			seedChoose: 'Geef op wat er gevuld moet worden: --demo.',
			databaseNotEmpty:
				'De database bevat al gebruikers. Demodata worden alleen in een lege database gezet.',
			failed: 'Mislukt: {message}'
		}
	},
	// --- validation (form error messages, shared by forms, API and CLI) ---
	validation: {
		required: 'Vul dit veld in.'
	}
} as const;

/** Fills {name} placeholders in a catalogue text. */
export function format(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
		key in values ? String(values[key]) : whole
	);
}
