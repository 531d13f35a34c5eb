/**
 * Dutch UI texts of the network's meetings: `m.netwerk.meetings` (merged into sections/netwerk.ts).
 * Kept in a file of its own so the two helpers of the netwerk module do not edit one file at once.
 */
export const netwerkMeetings = {
	title: 'Bijeenkomsten',
	lead: 'Elke twee maanden komen de deelnemers van het praktijkleernetwerk bij elkaar rond een thema. Meld u aan voor een bijeenkomst. Is die vol? Dan komt u op de wachtlijst en krijgt u bericht zodra er een plek vrijkomt.',
	upcoming: 'Komende bijeenkomsten',
	past: 'Eerdere bijeenkomsten',
	showUpcoming: 'Toon komende bijeenkomsten',
	showPast: 'Toon eerdere bijeenkomsten',
	emptyUpcoming: 'Er zijn nog geen nieuwe bijeenkomsten gepland.',
	emptyPast: 'Er zijn nog geen eerdere bijeenkomsten.',
	create: 'Nieuwe bijeenkomst',
	myCalendar: 'Mijn agenda-abonnement',
	notParticipant:
		'Om u aan te melden voor een bijeenkomst moet u deelnemer van het praktijkleernetwerk zijn.',
	signUpLink: 'Meld u aan voor het netwerk',
	loginToRegister: 'Log in om u aan te melden',
	fields: {
		title: 'Titel',
		theme: 'Thema',
		date: 'Datum',
		startTime: 'Begintijd',
		endTime: 'Eindtijd',
		location: 'Plaats (adres)',
		onlineUrl: 'Link voor online deelname',
		capacity: 'Aantal plaatsen',
		description: 'Beschrijving',
		articleSlugs: 'Artikelen uit het kennisdossier',
		questionId: 'Vraag van het vragenbord'
	},
	hints: {
		time: 'In Nederlandse tijd, bijvoorbeeld 13:30.',
		date: 'Bijvoorbeeld 2026-03-10.',
		placeOrOnline: 'Vul een plaats in, een link voor online deelname, of allebei.',
		articleSlugs: 'De korte namen (slugs) van de artikelen, één per regel.'
	},
	errors: {
		title: 'Vul een titel in van hooguit 200 tekens.',
		theme: 'Kies een thema uit de lijst.',
		date: 'Vul een geldige datum in, bijvoorbeeld 2026-03-10.',
		startTime: 'Vul een geldige begintijd in, bijvoorbeeld 13:30.',
		endTime: 'Vul een geldige eindtijd in, bijvoorbeeld 16:00.',
		endBeforeStart: 'De eindtijd moet na de begintijd liggen.',
		skippedHour:
			'Dit tijdstip bestaat niet: in de nacht dat de zomertijd ingaat, wordt 02:00 meteen 03:00.',
		location: 'Vul een plaats in van hooguit 300 tekens.',
		onlineUrl: 'Vul een geldige link in die begint met https://.',
		placeOrOnline: 'Vul een plaats of een link voor online deelname in.',
		capacity: 'Vul bij aantal plaatsen een heel getal in van 1 tot en met 1000.',
		capacityBelowConfirmed:
			'Er zijn al {count} deelnemers bevestigd. Het aantal plaatsen kan niet lager worden.',
		description: 'De beschrijving is te lang (hooguit 5000 tekens).',
		articleSlugs: 'Gebruik voor elk artikel een slug van kleine letters, cijfers en streepjes (hooguit 20).',
		questionId: 'Kies een vraag van het vragenbord.',
		attendance: 'Kies bij elke aanmelding aanwezig, afwezig of onbekend.',
		notFound: 'Deze bijeenkomst bestaat niet.',
		questionNotFound: 'Deze vraag bestaat niet.',
		registrationNotFound: 'Deze aanmelding bestaat niet.',
		notCoordinator: 'Alleen de netwerkcoördinator kan bijeenkomsten beheren.',
		notParticipant: 'Alleen actieve deelnemers van het praktijkleernetwerk kunnen zich aanmelden.',
		notOwnRegistration: 'U kunt alleen uw eigen aanmelding afmelden.',
		loginNeeded: 'Log in om verder te gaan.',
		cancelled: 'Deze bijeenkomst gaat niet door.',
		past: 'Deze bijeenkomst is al voorbij.',
		alreadyCancelled: 'Deze bijeenkomst is al afgelast.',
		invalid: 'Niet alle velden zijn goed ingevuld. Bekijk de meldingen hieronder.',
		feedNotFound: 'Dit agenda-abonnement bestaat niet (meer).'
	},
	detail: {
		when: 'Wanneer',
		where: 'Waar',
		online: 'Online',
		onlineHidden: 'De link voor online deelname ziet u na uw aanmelding.',
		theme: 'Thema',
		seats: 'Plaatsen',
		seatsText: '{confirmed} van {capacity} bezet',
		waitingText: '{count} op de wachtlijst',
		full: 'Vol: nieuwe aanmeldingen komen op de wachtlijst.',
		description: 'Over deze bijeenkomst',
		questions: 'Vragen op de agenda',
		noQuestions: 'Er zijn nog geen vragen aan deze bijeenkomst gekoppeld.',
		articles: 'Lees ter voorbereiding',
		cancelledNotice: 'Deze bijeenkomst is afgelast.',
		ics: 'Zet in mijn agenda (ics-bestand)',
		register: 'Aanmelden voor deze bijeenkomst',
		registerWaiting: 'Aanmelden voor de wachtlijst',
		cancelRegistration: 'Afmelden',
		statusConfirmed: 'U bent aangemeld voor deze bijeenkomst.',
		statusWaiting: 'U staat op de wachtlijst, op plaats {position}.',
		registeredConfirmed: 'U bent aangemeld. U krijgt twee dagen vooraf een herinnering per e-mail.',
		registeredWaiting:
			'De bijeenkomst is vol. U staat op de wachtlijst en krijgt een e-mail als er een plek vrijkomt.',
		cancelledRegistration: 'U bent afgemeld.',
		manage: 'Beheer',
		edit: 'Bijeenkomst bewerken',
		registrations: 'Aanmeldingen en aanwezigheid',
		status: 'Status'
	},
	list: {
		caption: 'Bijeenkomsten',
		seatsFree: '{free} plaatsen vrij',
		full: 'Vol (wachtlijst)',
		cancelled: 'Afgelast',
		yourStatusConfirmed: 'U bent aangemeld',
		yourStatusWaiting: 'U staat op de wachtlijst'
	},
	form: {
		createTitle: 'Nieuwe bijeenkomst',
		createIntro: 'Plan een bijeenkomst van het praktijkleernetwerk. Tijden zijn in Nederlandse tijd.',
		editTitle: 'Bijeenkomst bewerken',
		save: 'Opslaan',
		cancelForm: 'Annuleren',
		create: 'Bijeenkomst aanmaken',
		back: 'Terug naar de bijeenkomst',
		saved: 'De bijeenkomst is opgeslagen.',
		created: 'De bijeenkomst is aangemaakt.',
		cancelMeeting: 'Bijeenkomst afgelasten',
		cancelMeetingHint:
			'Alle aangemelde deelnemers en de wachtlijst krijgen bericht. Dit kan niet ongedaan worden gemaakt.',
		cancelledMeeting: 'De bijeenkomst is afgelast.',
		linkQuestion: 'Vraag koppelen',
		linkQuestionHint: 'Zet een vraag van het vragenbord op de agenda van deze bijeenkomst.',
		noOpenQuestions: 'Er zijn geen vragen die nog gekoppeld kunnen worden.',
		unlinkQuestion: 'Ontkoppelen',
		linkedQuestion: 'De vraag is gekoppeld.',
		unlinkedQuestion: 'De vraag is ontkoppeld.'
	},
	registrations: {
		title: 'Aanmeldingen',
		caption: 'Aanmeldingen voor {title}',
		name: 'Naam',
		email: 'E-mail',
		organization: 'Organisatie',
		status: 'Status',
		registeredAt: 'Aangemeld op',
		attended: 'Aanwezig',
		attendedYes: 'Aanwezig',
		attendedNo: 'Afwezig',
		attendedUnknown: 'Onbekend',
		saveAttendance: 'Aanwezigheid opslaan',
		savedAttendance: 'De aanwezigheid is opgeslagen.',
		empty: 'Nog niemand heeft zich aangemeld.',
		exportCsv: 'Download als CSV',
		exportXlsx: 'Download als Excel (xlsx)',
		statusLabels: { confirmed: 'Aangemeld', waiting: 'Wachtlijst', cancelled: 'Afgemeld' },
		waitingPlace: 'wachtlijst {position}'
	},
	feed: {
		title: 'Mijn agenda-abonnement',
		lead: 'Met deze persoonlijke link ziet uw agendaprogramma (Outlook, Google Agenda, Apple Agenda) al uw bijeenkomsten. Houd de link geheim: wie hem heeft, ziet uw bijeenkomsten.',
		none: 'U heeft nog geen persoonlijke agendalink.',
		create: 'Maak mijn agendalink',
		regenerate: 'Maak een nieuwe link (de oude werkt dan niet meer)',
		yourLink: 'Uw persoonlijke agendalink',
		shownOnce: 'Kopieer de link nu: om hem geheim te houden tonen wij hem maar één keer.',
		hasLink: 'U heeft een persoonlijke agendalink sinds {date}. Kwijt? Maak een nieuwe link.',
		calendarName: 'Praktijkleernetwerk — mijn bijeenkomsten'
	},
	ics: {
		cancelledPrefix: 'AFGELAST: ',
		online: 'Online: {url}'
	},
	mail: {
		promotedSubject: 'Er is een plek vrij: u bent aangemeld voor {title}',
		promotedText:
			'Beste {name},\n\nEr is een plek vrijgekomen bij de bijeenkomst "{title}" van het praktijkleernetwerk op {when}. U stond op de wachtlijst en bent nu aangemeld.\n\nBekijk de bijeenkomst of meld u af: {link}\n\nMet vriendelijke groet,\nPraktijkleernetwerk Kleinschalig',
		reminderSubject: 'Herinnering: {title} op {date}',
		reminderText:
			'Beste {name},\n\nOver twee dagen is de bijeenkomst "{title}" van het praktijkleernetwerk: {when}.\n{place}\n\nKunt u niet komen? Meld u dan af, zodat iemand van de wachtlijst uw plek krijgt: {link}\n\nMet vriendelijke groet,\nPraktijkleernetwerk Kleinschalig',
		cancelledSubject: 'Afgelast: {title}',
		cancelledText:
			'Beste {name},\n\nDe bijeenkomst "{title}" van het praktijkleernetwerk op {when} gaat helaas niet door. U hoeft niets te doen.\n\nMet vriendelijke groet,\nPraktijkleernetwerk Kleinschalig',
		place: 'Plaats: {location}',
		online: 'Online: {url}'
	},
	export: {
		sheet: 'Aanmeldingen',
		columns: ['Naam', 'E-mail', 'Organisatie', 'Status', 'Plaats op wachtlijst', 'Aangemeld op', 'Aanwezig'],
		yes: 'ja',
		no: 'nee'
	}
} as const;
