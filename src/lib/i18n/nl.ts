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
	modules: {
		status: 'In opbouw',
		statusText:
			'Dit onderdeel wordt nu gebouwd. Hieronder leest u waarvoor het is en wat er komt te staan.',
		headings: {
			purpose: 'Waarvoor is dit?',
			contents: 'Wat komt hier?',
			audience: 'Voor wie?',
			facts: 'Goed om te weten'
		},
		kennisdossier: {
			title: 'Kennisdossier',
			summary: 'Artikelen over kleinschalig verblijf per thema, met bronnen en voorbeelden uit de praktijk.',
			lead: 'Alles wat we weten over kleinschalig verblijf op één plek: wat het is, hoe het werkt in de praktijk en wat onderzoek erover zegt.',
			purpose:
				'De kennis over kleinschalig verblijf lag verspreid over rapporten, websites en mensen. Het kennisdossier brengt die kennis samen in korte, betrouwbare artikelen. Bij elk artikel staat welke soort kennis erin zit, voor wie het is en wanneer het voor het laatst is nagekeken.',
			contents: [
				'Artikelen per thema: wat is kleinschalig verblijf, vormen, opgroeien en wonen (leefklimaat, groepssamenstelling, behandeling, contact met ouders en omgeving, onderwijs), organisatie (begeleiding, team, organisatievorm, financiering) en samen leren.',
				'Bij elk artikel: de soort kennis (wetenschappelijke kennis, praktijkkennis of ervaringskennis), voor wie het is, bronnen met links, praktijkvoorbeelden, artikelen om ook te lezen en een contactpersoon.',
				'Zoeken in gewoon Nederlands. Ook meervouden, accenten, tikfouten en samengestelde woorden worden gevonden: "instelling" vindt ook "jeugdhulpinstelling".',
				'De datum waarop een artikel voor het laatst is herzien, en wanneer het weer wordt nagekeken.'
			],
			audience: [
				'Professionals: pedagogisch medewerkers, gedragswetenschappers en teamleiders.',
				"Beleidsmakers bij gemeenten en jeugdregio's.",
				'Jongeren en ouders die willen weten of kleinschalig verblijf iets voor hen is.',
				'De kennisredactie, die de artikelen schrijft, laat nakijken en bijhoudt.'
			],
			facts: [
				'Een kleine groep en een vast team maken het makkelijker om elkaar te vertrouwen. Er zijn minder vaste regels nodig, zodat jongeren zo gewoon mogelijk kunnen opgroeien.',
				'De behandeling komt naar de jongere toe. Een jongere hoeft niet te verhuizen als de hulp die nodig is verandert.',
				'Kleinschalig verblijf is geen wondermiddel. Over personeel en financiering valt nog veel te leren.'
			]
		},
		leernetwerk: {
			title: 'Praktijkleernetwerk',
			summary: 'Leer van collega’s uit het hele land: bijeenkomsten, vragen en antwoorden.',
			lead: 'Professionals uit het hele land leren samen van de praktijk. Zij komen elke twee maanden bij elkaar en werken aan vragen die zij zelf inbrengen.',
			purpose:
				'Sinds 2021 begeleidt het Nederlands Jeugdinstituut (NJi) een praktijkleernetwerk over kleinschalig verblijf. Er kwamen aanmeldingen uit 23 organisaties. Hier meldt u zich aan, vindt u de bijeenkomsten en stelt u vragen aan het netwerk.',
			contents: [
				'Aanmelden voor het netwerk, met een bevestiging per e-mail.',
				'Bijeenkomsten met thema, plaats en aantal plaatsen. Is een bijeenkomst vol? Dan komt u op de wachtlijst en schuift u vanzelf door als er een plek vrijkomt.',
				'Een agendabestand voor uw eigen agenda, en een herinnering vooraf.',
				'Een vragenbord: deelnemers stellen kennisvragen en stemmen erop. De coördinator maakt van de belangrijkste vragen een thema voor een bijeenkomst en koppelt ze aan artikelen in het kennisdossier.',
				'Pagina’s over het consortium, de klankbordgroep en de onderzoeksagenda.'
			],
			audience: [
				'Professionals die in of voor een kleinschalige woonvoorziening werken.',
				'De netwerkcoördinator, die deelnemers, organisaties en bijeenkomsten beheert.'
			],
			facts: [
				'Voor het netwerk moet u zich aanmelden. Voor al het andere, zoals een nieuwsbrief of een openbare lijst van deelnemers, vragen we apart uw toestemming.',
				'Het consortium bestaat uit zeven aanbieders: Parlan, Via Jeugd, Vigo, iHUB, Pluryn, Levvel en Schakenbosch. Zij werken samen met de Academische Werkplaats Risicojeugd, ervaringsdeskundigen en het NJi.',
				'De open vragen van het consortium gaan over personeel, onderwijs, het matchen van jongeren en financiering.'
			]
		},
		register: {
			title: 'Register en definitietoets',
			summary: 'Alle kleinschalige woonvoorzieningen, getoetst aan de gezamenlijke definitie.',
			lead: 'Aanbieders zetten hun woonvoorzieningen in het register. Elke voorziening wordt per onderdeel getoetst aan de definitie van kleinschalig verblijf, met de reden in gewone taal.',
			purpose:
				'Wie een plek zoekt of beleid maakt, wil weten welke voorzieningen er zijn en of ze echt kleinschalig zijn. Het register laat dat zien. De definitietoets legt per onderdeel uit of een voorziening voldoet, niet voldoet, of dat er nog gegevens ontbreken.',
			contents: [
				'Per voorziening: de gemeente (en daarmee de jeugdregio en provincie), de ligging (woonwijk of instellingsterrein), open of gesloten, het aantal plaatsen, de leeftijden, de doelgroep, het team, het weekrooster, het onderwijs en de financiering.',
				'De definitietoets: per onderdeel "voldoet", "voldoet niet" of "onbekend", met uitleg.',
				'Een roostercontrole die elk moment van de week vindt waarop minder begeleiders aanwezig zijn dan de verhouding 1 op 4 vraagt.',
				'Een overzicht van alle wijzigingen.'
			],
			audience: [
				'Beheerders bij aanbieders, die de voorzieningen van hun organisatie bijhouden.',
				"Beleidsmakers en inkopers die het aanbod in hun regio willen zien.",
				'Professionals die een passende plek zoeken.'
			],
			facts: [
				'Een kleinschalige voorziening heeft hooguit 6 plaatsen, liefst 4, voor jongeren van 8 tot 23 jaar.',
				'Op de groep is dag en nacht minstens 1 begeleider per 4 jongeren.',
				'De begeleiders wonen niet in het huis. Dat is het verschil met een gezinshuis.',
				"Nederland heeft 342 gemeenten (2023), 42 jeugdregio's en 12 provincies."
			]
		},
		monitor: {
			title: 'Monitor',
			summary: 'Cijfers per kwartaal over bezetting, instroom, wachtlijsten en personeel.',
			lead: 'Hoe gaat het met kleinschalig verblijf in Nederland? De monitor verzamelt elk kwartaal de cijfers van de voorzieningen en laat zien hoe ze veranderen.',
			purpose:
				'Om te leren wat werkt, zijn goede cijfers nodig. Aanbieders leveren elk kwartaal hun cijfers aan. De monitor toont ze voor het hele land, per provincie, per jeugdregio en per aanbieder. Onderzoekers van het consortium kunnen de gegevens downloaden.',
			contents: [
				'Kwartaalcijfers per voorziening: bezetting, instroom, uitstroom, wachtlijst, verblijfsduur, onbedoelde beëindigingen, personeelsverloop, vacatures en deelname aan onderwijs.',
				'Overzichten voor het land, een provincie, een jeugdregio en een aanbieder, met een kaart en het verloop over de tijd.',
				'Hoe het aanbod voldoet aan de definitie.',
				'Open data om te downloaden. Kleine aantallen laten we weg, zodat niemand herkenbaar is.'
			],
			audience: [
				"Beleidsmakers bij gemeenten en jeugdregio's.",
				'Beheerders bij aanbieders, die de cijfers aanleveren.',
				'Onderzoekers van het consortium.'
			],
			facts: [
				'In 2023 kregen ongeveer 41.000 jongeren jeugdhulp met verblijf (CBS).',
				'Gesloten jeugdhulp (JeugdzorgPlus): 1.706 plaatsingen in 2019 en 891 in 2023. In het eerste kwartaal van 2025 waren er 526 plaatsen, waarvan 78% bezet.',
				'Het doel van het beleid: gesloten jeugdhulp in 2025 kleinschalig, en in 2030 zo dicht mogelijk bij nul gesloten plaatsingen.',
				'In de jeugdhulp werken ongeveer 33.000 mensen (2022). Begin 2023 stonden er 850 vacatures open; het tekort groeit naar verwachting tot 1.900 in 2031.'
			]
		},
		matching: {
			title: 'Matching en groepssamenstelling',
			summary: 'De juiste plek voor een jongere, en een groep die bij elkaar past.',
			lead: 'Een plaatsing lukt vaker als de jongere past bij het huis, bij de begeleiders en bij de jongeren die er al wonen. Dit onderdeel helpt die afweging te maken en uit te leggen.',
			purpose:
				'Plaatsingen in kleine woonvoorzieningen lukken meestal, maar zijn kwetsbaar. Een goede match kijkt naar de andere jongeren, naar wat de begeleiders kunnen en naar de omgeving. Matching zet die afwegingen op een rij, met uitleg bij elke score.',
			contents: [
				'Profielen van jongeren zonder namen (gepseudonimiseerd).',
				'Per voorziening een overzicht van de groep.',
				'Hoe goed een jongere past bij het huis en bij elke jongere die er al woont, met uitleg.',
				'Een volgorde van huizen voor één jongere, en van jongeren voor één vrije plek.',
				'Een verdeling van de wachtlijst van een regio over de vrije plekken die aantoonbaar de beste is volgens het gepubliceerde scoremodel.'
			],
			audience: [
				'Professionals en plaatsingsteams die een passende plek zoeken.',
				'Gedragswetenschappers die een groep samenstellen.'
			],
			facts: [
				'Profielen van jongeren zijn gezondheidsgegevens (AVG artikel 9). Alleen de organisatie die de jongere plaatst en het regionale team waarmee zij het profiel deelt, kunnen het zien. Elke keer dat iemand een profiel bekijkt, wordt dat vastgelegd.',
				'In de pleegzorg stopt 20 tot 50% van de plaatsingen voortijdig. Zorgvuldig matchen helpt om dat te voorkomen.',
				'Methodisch Matchen (NJi) werkt in stappen: de aanmelding beoordelen, informatie verzamelen, op papier matchen, voorstellen aan de begeleiders, voorstellen aan kind en ouders, kennismaken en de match.',
				'Bij de samenstelling van een groep wegen leeftijd, geslacht, combinaties van problemen en de zwaarte van de zorg mee.'
			]
		},
		omslagplanner: {
			title: 'Omslagplanner',
			summary: 'Reken uit hoeveel plaatsen, huizen, begeleiders en geld de omslag vraagt.',
			lead: 'Van grote leefgroepen naar kleine huizen: hoeveel plaatsen heeft een regio nodig, hoeveel huizen en begeleiders, en wat kost dat?',
			purpose:
				"Gemeenten en aanbieders bouwen grote leefgroepen van 8 tot 12 jongeren af en kiezen voor kleine huizen. De omslagplanner rekent uit wat daarvoor nodig is. U zet scenario's naast elkaar en downloadt de uitkomsten.",
			contents: [
				'Het aantal plaatsen dat nodig is om de kans dat er geen plek vrij is onder een grens te houden die u zelf kiest.',
				'Het aantal huizen, het aantal begeleiders dat tegelijk aanwezig moet zijn en de formatie (fte) voor zorg dag en nacht bij 1 begeleider op 4 jongeren.',
				'De kosten per jaar en per bezette dag.',
				"Scenario's naast elkaar, om te downloaden."
			],
			audience: [
				"Beleidsmakers en inkopers bij gemeenten en jeugdregio's.",
				'Bestuurders en beheerders bij aanbieders.'
			],
			facts: [
				'De planner rekent met het Erlang-verliesmodel. Dat model gebruikt hoeveel jongeren gemiddeld tegelijk een plek nodig hebben, en berekent daarmee de kans dat er geen plek vrij is.',
				'Een week heeft 168 uur. Een post die dag en nacht bezet is, vraagt dus 168 uur werk per week.',
				'Een volledige werkweek is 36 uur (cao Jeugdzorg). Eén post dag en nacht vraagt daarom 168 : 36 = ongeveer 4,7 fte, nog zonder verlof en ziekte.',
				'Tarieven verschillen per jeugdregio. In 2024 lag het maximum voor 24-uursverblijf bijvoorbeeld tussen ongeveer € 84 en € 196 per dag.'
			]
		},
		redactie: {
			title: 'Redactie',
			lead: 'Hier schrijft en beheert de kennisredactie de artikelen van het kennisdossier.',
			contents: [
				'Artikelen schrijven, laten nakijken, publiceren en archiveren: van concept, via ter beoordeling, naar gepubliceerd en gearchiveerd.',
				'Eerdere versies bekijken, vergelijken en terugzetten.',
				'Bronnen, praktijkvoorbeelden en datums voor herziening bijhouden.',
				'Een overzicht van artikelen die binnenkort opnieuw moeten worden nagekeken.'
			]
		},
		netwerkbeheer: {
			title: 'Netwerkbeheer',
			lead: 'Hier beheert de netwerkcoördinator het praktijkleernetwerk.',
			contents: [
				'Deelnemers en hun organisaties beheren.',
				'Bijeenkomsten plannen, met thema, plaats, aantal plaatsen en wachtlijst.',
				'Vragen van deelnemers omzetten in thema’s voor bijeenkomsten en koppelen aan artikelen in het kennisdossier.'
			]
		},
		onderzoeksdata: {
			title: 'Onderzoeksdata',
			lead: 'Hier vinden onderzoekers van het consortium de gegevens van de monitor.',
			contents: [
				'Alle kwartaalcijfers, per voorziening, jeugdregio en aanbieder.',
				'Downloads voor eigen analyses.',
				'Het verloop van de cijfers over de tijd.'
			]
		},
		workspaceStatus:
			'Deze werkplek is in opbouw. U ziet deze pagina omdat uw account de rol heeft die erbij hoort.'
	},
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
	// --- planner (omslagplanner: input errors) ---
	planner: {
		input: {
			arrivalsPerYear: 'Het aantal instromers per jaar moet een getal groter dan 0 zijn.',
			averageStayDays: 'De gemiddelde verblijfsduur in dagen moet een getal groter dan 0 zijn.',
			maxNoPlaceProbability: 'De kans op "geen plek vrij" moet een getal tussen 0 en 1 zijn (bijvoorbeeld 0,05).',
			groupSize: 'De groepsgrootte moet een heel getal van 1 tot en met 6 zijn.',
			ratio: 'De verhouding moet een heel getal van minstens 1 zijn (1 begeleider op zoveel jongeren).',
			hoursPerFte: 'Het aantal uren per fte moet een getal groter dan 0 zijn.',
			rosterableShare: 'Het inroosterbare deel moet een getal groter dan 0 en hooguit 1 zijn.',
			costPerFtePerYear: 'De kosten per fte per jaar moeten een getal van 0 of meer zijn.',
			otherCostPerPlacePerYear: 'De overige kosten per plaats per jaar moeten een getal van 0 of meer zijn.'
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
