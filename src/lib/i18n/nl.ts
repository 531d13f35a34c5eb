/**
 * The Dutch message catalogue: every text the UI shows. One object, one section per area.
 * Components import `m` and read `m.section.key`; texts with placeholders use format().
 * The larger modules keep their section in a file of its own under ./sections/, merged in here.
 * Zod error messages for forms also come from here (section `validation`).
 */
import { kennis } from './sections/kennis.ts';
import { matching } from './sections/matching.ts';
import { monitor } from './sections/monitor.ts';
import { netwerk } from './sections/netwerk.ts';

export const m = {
	app: {
		name: 'Kleinschalig',
		tagline: 'Samen werken aan kleinschalig verblijf in de jeugdhulp',
		/** Every page title: "{title} — Kleinschalig". */
		pageTitle: '{title} — Kleinschalig',
		homeTitle: 'Kleinschalig — samen werken aan kleinschalig verblijf in de jeugdhulp',
		home: {
			title: 'Kleinschalig verblijf in de jeugdhulp',
			lead: 'Eén plek voor de kennis, het netwerk, het register, de cijfers, de matching en de planning van kleine woonvoorzieningen voor jongeren die niet meer thuis kunnen wonen.',
			primaryAction: 'Lees het kennisdossier',
			secondaryAction: 'Bekijk de zes onderdelen',
			whatHeading: 'Wat is kleinschalig verblijf?',
			what: 'Sommige kinderen en jongeren met complexe problemen kunnen niet meer thuis wonen. Bij kleinschalig verblijf wonen zij in een kleine groep, met een klein en vast team van professionele begeleiders, het liefst in een gewone woonwijk. Gemeenten en jeugdhulpaanbieders stappen over van grote leefgroepen van 8 tot 12 jongeren naar deze vorm.',
			definitionHeading: 'De definitie in het kort',
			definition: [
				'Een huis voor hooguit zes jongeren, liefst vier.',
				'Voor jongeren van 8 tot 23 jaar.',
				'Dag en nacht zorg (24/7), in een open of gesloten vorm, op een instellingsterrein of in een woonwijk.',
				'Huiselijk, met een vast team van begeleiders. Op de groep is minstens 1 begeleider per 4 jongeren.',
				'Intensieve behandeling of begeleiding die past bij de jongere, zo lang als nodig.',
				'Met zicht op wonen, zorg en school of werk, tijdens en na het verblijf.'
			],
			definitionSource:
				'Bron: definitie van het Consortium Kleinschaligheid in de jeugdhulp (2021), in eenvoudige woorden.',
			modulesHeading: 'Zes onderdelen',
			modulesIntro:
				'Kleinschalig bestaat uit zes onderdelen die samen het hele verhaal vertellen: van kennis tot planning.',
			audienceHeading: 'Voor wie is Kleinschalig?',
			audience: [
				'Professionals in de jeugdhulp: pedagogisch medewerkers, gedragswetenschappers en teamleiders.',
				"Beleidsmakers en inkopers bij gemeenten en jeugdregio's.",
				'Beheerders bij aanbieders, die hun voorzieningen en cijfers bijhouden.',
				'De kennisredactie, de netwerkcoördinator en onderzoekers van het consortium.',
				'Jongeren en ouders die willen weten of kleinschalig verblijf iets voor hen is.'
			],
			whyHeading: 'Waarom dit platform?',
			why: 'De kennis over kleinschalig verblijf lag verspreid. Zeven aanbieders, de Academische Werkplaats Risicojeugd, ervaringsdeskundigen en het Nederlands Jeugdinstituut spraken samen één definitie af. Zij maakten een kennisdossier, een praktijkleernetwerk en een agenda voor onderzoek. Kleinschalig brengt dat samen en helpt bij hun open vragen: personeel, onderwijs, het matchen van jongeren en financiering.'
		},
		accessibility: {
			title: 'Toegankelijkheidsverklaring',
			breadcrumb: 'Toegankelijkheid',
			lead: 'Iedereen moet Kleinschalig kunnen gebruiken, ook mensen met een beperking. In deze verklaring leest u hoe toegankelijk de website is en wat u kunt doen als iets niet werkt.',
			sections: [
				{
					heading: 'Status',
					paragraphs: [
						'Kleinschalig wil voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.2 op niveau AA. Daarmee voldoet de website ook aan de Europese norm EN 301 549, die WCAG 2.1 op niveau AA vraagt.',
						'Kleinschalig is nog in ontwikkeling. Er is nog geen onderzoek gedaan door een onafhankelijke deskundige. In het model van de Rijksoverheid is de status daarom: C, eerste maatregelen genomen.'
					]
				},
				{
					heading: 'Hoe we de toegankelijkheid controleren',
					items: [
						'Elke browsertest die een gebruiker nabootst, controleert iedere bezochte pagina automatisch met axe-core op de regels van WCAG 2.2 AA. Een gevonden fout laat de test mislukken.',
						'We controleren met de hand of alles werkt met alleen een toetsenbord: een goed zichtbare focus, een link "Naar de inhoud" en een logische volgorde.',
						'Alle pagina’s en formulieren werken ook zonder JavaScript.',
						'We gebruiken de bouwstenen van NL Design System en houden kleuren met genoeg contrast aan.',
						'We schrijven zo veel mogelijk in eenvoudig Nederlands.'
					]
				},
				{
					heading: 'Bekende beperkingen',
					items: [
						'Kleinschalig is nieuw. Nieuwe pagina’s testen we tijdens het bouwen, maar een volledige handmatige controle van alle pagina’s volgt nog.',
						'Automatische controles vinden niet alle problemen. Een deel van de eisen kan alleen een mens beoordelen.',
						'Downloads (zoals PDF- en Excel-bestanden) zijn nog niet op toegankelijkheid gecontroleerd.',
						'Kaarten en grafieken in de monitor krijgen altijd ook een tabel met dezelfde gegevens.'
					]
				},
				{
					heading: 'Contact',
					showsContact: true,
					paragraphs: [
						'Werkt iets niet goed, of heeft u een vraag over de toegankelijkheid? Laat het ons weten. We reageren binnen 5 werkdagen en lossen het probleem zo snel mogelijk op.'
					]
				},
				{
					heading: 'Klachtenprocedure',
					paragraphs: [
						'Bent u niet tevreden met ons antwoord of met de oplossing? Dan kunt u een klacht indienen bij de organisatie die deze installatie van Kleinschalig beheert.',
						'Bent u daarna nog niet tevreden, en is die organisatie een overheidsorganisatie? Dan kunt u contact opnemen met de Nationale ombudsman. U kunt ook een oordeel vragen aan het College voor de Rechten van de Mens.'
					],
					links: [
						{ label: 'Nationale ombudsman', href: 'https://www.nationaleombudsman.nl' },
						{ label: 'College voor de Rechten van de Mens', href: 'https://www.mensenrechten.nl' }
					]
				}
			]
		},
		privacy: {
			title: 'Privacyverklaring',
			breadcrumb: 'Privacy',
			lead: 'Kleinschalig gaat zorgvuldig om met persoonsgegevens. Hier leest u welke gegevens we verwerken, waarom, hoe lang we ze bewaren, wie ze ziet en welke rechten u heeft.',
			sections: [
				{
					heading: 'Wie is verantwoordelijk?',
					paragraphs: [
						'De organisatie die deze installatie van Kleinschalig beheert, is verantwoordelijk voor de verwerking van uw gegevens (verwerkingsverantwoordelijke volgens de AVG).'
					]
				},
				{
					heading: 'Welke gegevens verwerken we?',
					items: [
						'Uw account: naam, e-mailadres, uw rol en een versleutelde vorm van uw wachtwoord. Uw wachtwoord zelf bewaren we nooit.',
						'Van welke organisatie u lid bent, en of u daar lid of beheerder bent.',
						'Uw sessie: een cookie dat u ingelogd houdt, met het IP-adres en de browser van die sessie.',
						'Aanmeldingen voor het praktijkleernetwerk en voor bijeenkomsten, en de toestemmingen die u gaf (met de versie van de tekst en het tijdstip).',
						'E-mails die het platform verstuurt, zoals bevestigingen, uitnodigingen en herinneringen.',
						'Later: profielen van jongeren voor matching, zonder namen (gepseudonimiseerd). Dit zijn gezondheidsgegevens, een bijzondere soort persoonsgegevens (AVG artikel 9).'
					]
				},
				{
					heading: 'Waarom verwerken we ze?',
					items: [
						'Account, lidmaatschap en sessie: om u in te laten loggen en u toegang te geven tot de onderdelen die bij uw rol passen (uitvoering van een overeenkomst, AVG artikel 6 lid 1b).',
						'Beveiliging, zoals het tegengaan van misbruik bij het inloggen (gerechtvaardigd belang, AVG artikel 6 lid 1f).',
						'Aanmelding voor het netwerk en bijeenkomsten: om het netwerk te organiseren (uitvoering van een overeenkomst). Een nieuwsbrief of een openbare lijst van deelnemers alleen met uw aparte toestemming (AVG artikel 6 lid 1a); die kunt u altijd intrekken.',
						'Profielen van jongeren: om een passende plek te vinden, als onderdeel van de jeugdhulp die de plaatsende organisatie volgens de Jeugdwet geeft (AVG artikel 6 lid 1e en artikel 9 lid 2h).'
					]
				},
				{
					heading: 'Hoe lang bewaren we ze?',
					items: [
						'Uw account: tot u het verwijdert of laat verwijderen.',
						'Sessies: 7 dagen. Daarna logt u opnieuw in.',
						'Verstuurde e-mails: 30 dagen.',
						'Profielen van jongeren: tot 90 dagen nadat de jongere de voorziening heeft verlaten.',
						'De beheerder van deze installatie kan deze termijnen aanpassen.'
					]
				},
				{
					heading: 'Wie ziet uw gegevens?',
					items: [
						'Beheerders van het platform zien accounts en rollen.',
						'De beheerders van uw organisatie zien wie lid is van die organisatie.',
						'De netwerkcoördinator ziet de aanmeldingen voor het netwerk en de bijeenkomsten.',
						'Een profiel van een jongere zien alleen de organisatie die de jongere plaatst en het regionale team waarmee zij het profiel deelt. Elke keer dat iemand een profiel bekijkt, wordt dat vastgelegd.',
						'We verkopen geen gegevens en geven ze niet aan anderen, behalve als de wet dat verplicht.',
						'We gebruiken alleen een cookie om u ingelogd te houden. We gebruiken geen cookies voor statistieken of advertenties.'
					]
				},
				{
					heading: 'Uw rechten',
					items: [
						'Inzage: u mag weten welke gegevens we van u hebben.',
						'Correctie: kloppen uw gegevens niet? Dan passen we ze aan.',
						'Verwijdering: u mag vragen uw gegevens te verwijderen.',
						'Export: u krijgt uw gegevens in een bestand dat u kunt meenemen.',
						'Bezwaar: u mag bezwaar maken tegen een verwerking, en een gegeven toestemming intrekken.',
						'Voor het profiel van een jongere regelt u dit via de organisatie die de jongere heeft geplaatst.'
					],
					paragraphs: [
						'Bent u het niet eens met hoe we met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.'
					],
					links: [{ label: 'Autoriteit Persoonsgegevens', href: 'https://www.autoriteitpersoonsgegevens.nl' }]
				},
				{
					heading: 'Contact',
					showsContact: true,
					paragraphs: [
						'Heeft u een vraag over uw gegevens, of wilt u een van uw rechten gebruiken? Neem dan contact met ons op.'
					]
				}
			]
		},
		contact: {
			emailIntro: 'Stuur een e-mail naar',
			fallback: 'Neem contact op met de organisatie die deze installatie van Kleinschalig beheert.'
		}
	},
	// --- layout (header, navigation, footer, skip link, breadcrumb, error pages) ---
	layout: {
		skipLink: 'Naar de inhoud',
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
			reference:
				'Referentie: {id}. Noem deze referentie als u contact opneemt, dan kunnen wij het probleem sneller vinden.',
			home: 'Naar de startpagina'
		}
	},
	// --- modules (landing pages of the six modules) ---
	modules: {
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
				'Beleidsmakers en inkopers die het aanbod in hun regio willen zien.',
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
			lead: 'Hier vinden onderzoekers van het consortium de gegevens van de monitor: de dashboards, de open data om zelf te analyseren en de kwartaalcijfers per aanbieder.',
			contents: [
				'Alle kwartaalcijfers, per voorziening, jeugdregio en aanbieder.',
				'Downloads voor eigen analyses.',
				'Het verloop van de cijfers over de tijd.'
			],
			linksHeading: 'Naar de gegevens',
			dashboards: 'Dashboards voor Nederland, provincies en jeugdregio’s',
			providers: 'Kwartaalcijfers per aanbieder (niet openbaar)',
			definitions: 'Definities van alle cijfers en de regels voor kleine aantallen',
			downloadsHeading: 'Open data downloaden',
			downloadsIntro:
				'De open data bevatten de cijfers per gebied en kwartaal, met dezelfde afscherming van kleine aantallen als de dashboards. Ze staan ook beschreven in de API-beschrijving.',
			csv: 'Open data als CSV',
			json: 'Open data als JSON',
			openapi: 'API-beschrijving (OpenAPI)'
		},
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
			formInvalid: 'Niet alle velden zijn goed ingevuld. Verbeter de velden hieronder.',
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
			/** Breadcrumb label of /registreren (the page the address names). */
			breadcrumb: 'Registreren',
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
			back: 'Terug naar e-mail',
			notFound: 'Deze mail bestaat niet.'
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
			carers: 'Het aantal begeleiders moet een heel getal van 0 of meer zijn.',
			object: 'Stuur de gegevens van één woning als een JSON-object.'
		},
		// Register of homes: the input of one home (form, API, import), per field.
		home: {
			name: 'Vul de naam van de woning in (hooguit 120 tekens).',
			description: 'De beschrijving mag hooguit 2000 tekens hebben.',
			street: 'De straat en het huisnummer mogen hooguit 200 tekens hebben.',
			postalCode: 'Vul een geldige postcode in, bijvoorbeeld 1234 AB.',
			city: 'De plaats mag hooguit 100 tekens hebben.',
			municipalityCode: 'Kies een bestaande gemeente (CBS-code, bijvoorbeeld GM0363).',
			places: 'Het aantal plaatsen moet een heel getal van 1 tot en met 99 zijn.',
			targetGroup: 'Kies een van de drie vormen: complexe problematiek, machtiging gesloten jeugdhulp of derde vorm.',
			teamSize: 'De teamgrootte moet een heel getal van 0 tot en met 500 zijn.',
			teamFte: 'Het aantal fte moet een getal van 0 tot en met 500 zijn, met hooguit 2 decimalen.',
			educationArrangement: 'Kies school in de wijk, school op het terrein of een geïntegreerd dagprogramma.',
			ijwCategory: 'Kies iJw-categorie 43 of 44.',
			dayTariff: 'Het dagtarief moet een bedrag in euro van 0 tot en met 100.000 zijn, met hooguit 2 decimalen.',
			contractingMunicipalities: 'Kies bestaande gemeenten (CBS-codes), elke gemeente één keer.',
			contactName: 'De naam van de contactpersoon mag hooguit 120 tekens hebben.',
			contactEmail: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
			contactPhone: 'Vul een geldig telefoonnummer in (cijfers, spaties, +, - en haakjes).',
			input: 'Stuur de gegevens van de woning als één object.',
			notFound: 'Deze woning bestaat niet.',
			notManager: 'Alleen beheerders van de organisatie die deze woning aanbiedt, kunnen haar wijzigen.',
			notMember: 'Alleen leden van de organisatie die deze woning aanbiedt, kunnen deze gegevens zien.',
			loginNeeded: 'Log in om dit te doen.',
			notProvider: 'Alleen een aanbieder kan woningen registreren.',
			deleteArchivedOnly: 'Archiveer de woning eerst; alleen gearchiveerde woningen kunnen worden verwijderd.',
			changedMeanwhile: 'Iemand anders heeft deze woning intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.',
			filter: 'Dit filter kent deze waarde niet.',
			page: 'Het paginanummer moet een heel getal van 1 of meer zijn.',
			pageSize: 'Het aantal per pagina moet een heel getal van 1 tot en met 100 zijn.'
		},
		// Import and export of homes (CSV, XLSX).
		transfer: {
			unreadable: 'Het bestand kan niet worden gelezen als {format}.',
			empty: 'Het bestand bevat geen kopregel met kolomnamen.',
			missingColumns: 'De kolommen {columns} ontbreken; gebruik de kolomnamen van de export.',
			unknownColumns: 'Onbekende kolommen: {columns}; gebruik de kolomnamen van de export.',
			unknownHome: 'Deze id hoort niet bij een woning van deze organisatie.',
			duplicateId: 'Deze id staat al in een eerdere regel.',
			tooManyRows: 'Een bestand mag hooguit {max} woningen bevatten.',
			rosterDay: 'Onbekende dag "{day}" in het rooster; gebruik ma, di, wo, do, vr, za of zo.',
			rosterPart: 'Het roosterdeel "{part}" heeft niet de vorm "ma 07:00-15:00 x1".',
			format: 'Kies het formaat csv of xlsx.',
			shift: 'Dienst {number} in het rooster: {message}',
			extraCells: 'Deze regel heeft meer cellen dan er kolommen zijn; zet een cel met ; of , tussen aanhalingstekens.'
		},
		// Dutch names of the register's codes, shared by screens, version history and export.
		labels: {
			yes: 'ja',
			no: 'nee',
			unknown: 'onbekend',
			setting: { neighbourhood: 'woonwijk', campus: 'instellingsterrein' },
			regime: { open: 'open', closed: 'gesloten' },
			targetGroup: {
				'complex-needs': 'complexe problematiek',
				'closed-authorisation': 'jongeren met een machtiging gesloten jeugdhulp',
				'nji-third-form': 'derde vorm (NJi)'
			},
			educationArrangement: {
				'neighbourhood-school': 'school in de wijk',
				'campus-school': 'school op het terrein',
				'integrated-day-programme': 'geïntegreerd dagprogramma (zoals School2Care)'
			},
			verdict: {
				meets: 'voldoet',
				'meets-with-remarks': 'voldoet, met opmerkingen',
				incomplete: 'onvolledig',
				'does-not-meet': 'voldoet niet'
			},
			status: {
				meets: 'voldoet',
				'preference-not-met': 'voorkeur niet gehaald',
				'does-not-meet': 'voldoet niet',
				unknown: 'onbekend'
			},
			versionKind: {
				created: 'aangemaakt',
				updated: 'gewijzigd',
				archived: 'gearchiveerd',
				restored: 'teruggezet',
				imported: 'geïmporteerd'
			},
			weekday: { 1: 'maandag', 2: 'dinsdag', 3: 'woensdag', 4: 'donderdag', 5: 'vrijdag', 6: 'zaterdag', 7: 'zondag' },
			weekdayShort: { 1: 'ma', 2: 'di', 3: 'wo', 4: 'do', 5: 'vr', 6: 'za', 7: 'zo' },
			fields: {
				id: 'id',
				name: 'naam',
				description: 'beschrijving',
				street: 'straat en huisnummer',
				postalCode: 'postcode',
				city: 'plaats',
				municipalityCode: 'gemeente',
				setting: 'ligging',
				regime: 'regime',
				places: 'plaatsen',
				ageMin: 'minimumleeftijd',
				ageMax: 'maximumleeftijd',
				targetGroup: 'doelgroep',
				aroundTheClock: '24/7',
				homeLike: 'huiselijk',
				staffLiveIn: 'inwonende begeleiders',
				fixedTeam: 'vast team',
				teamSize: 'teamgrootte',
				teamFte: 'team-fte',
				individualCare: 'individuele zorg',
				perspective: 'perspectief',
				'perspective/housing': 'perspectief op wonen',
				'perspective/care': 'perspectief op zorg',
				'perspective/educationOrWork': 'perspectief op onderwijs of werk',
				educationArrangement: 'onderwijs',
				ijwCategory: 'iJw-categorie',
				dayTariff: 'dagtarief',
				contractingMunicipalities: 'contracterende gemeenten',
				contactName: 'contactpersoon',
				contactEmail: 'e-mail contactpersoon',
				contactPhone: 'telefoon contactpersoon',
				roster: 'rooster',
				status: 'status'
			}
		}
	},
	// --- platform (server errors, JSON API problems, command-line tool) ---
	platform: {
		/** Previous/next links under every paginated list (components/Pagination.svelte). */
		pagination: {
			label: 'Paginering',
			previous: 'Vorige pagina',
			next: 'Volgende pagina',
			page: 'Pagina {page} van {pages}'
		},
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
			otherCostPerPlacePerYear: 'De overige kosten per plaats per jaar moeten een getal van 0 of meer zijn.',
			object: 'De invoer moet een JSON-object zijn met de gegevens van het scenario.'
		},
		fields: {
			arrivalsPerYear: {
				label: 'Instroom per jaar',
				description: 'Hoeveel jongeren per jaar een plek in een klein huis nodig hebben in uw regio.'
			},
			averageStayDays: {
				label: 'Gemiddelde verblijfsduur (dagen)',
				description: 'Hoe lang een jongere gemiddeld blijft. Een jaar is 365 dagen.'
			},
			maxNoPlaceProbability: {
				label: 'Kans dat er geen plek vrij is (hoogstens)',
				description:
					'Hoe vaak mag het gebeuren dat een jongere zich meldt en alle plekken bezet zijn? 0,05 betekent: 5 van de 100 jongeren vinden dan geen plek en moeten wachten of elders heen. Een kleinere kans vraagt meer plaatsen.'
			},
			groupSize: {
				label: 'Jongeren per huis',
				description: 'Hoeveel jongeren samen in één huis wonen: 1 tot en met 6, bij voorkeur hoogstens 4.'
			},
			ratio: {
				label: 'Jongeren per begeleider',
				description: '4 betekent: dag en nacht is er 1 begeleider aanwezig op elke 4 jongeren (1 op 4).'
			},
			hoursPerFte: {
				label: 'Uren per fte per week',
				description: 'Een volledige werkweek in de jeugdzorg is 36 uur (cao Jeugdzorg).'
			},
			rosterableShare: {
				label: 'Inroosterbaar deel van de uren',
				description:
					'Niet alle betaalde uren kan iemand op de groep werken: verlof, ziekte, scholing en overleg gaan ervan af. 0,8 betekent: 80 van de 100 uur staat iemand echt op de groep.'
			},
			costPerFtePerYear: {
				label: 'Kosten per fte per jaar (euro)',
				description: 'Loon met werkgeverslasten voor één volledige baan per jaar.'
			},
			otherCostPerPlacePerYear: {
				label: 'Overige kosten per plaats per jaar (euro)',
				description: 'Huur, eten, vervoer en andere kosten per plaats per jaar, zonder personeel.'
			}
		},
		columnName: { label: 'Naam van het scenario (mag leeg blijven)' },
		landing: {
			start: 'Scenario doorrekenen',
			saved: "Bewaarde scenario's",
			contentsHeading: 'Wat kunt u hier doen?',
			developersHeading: 'Voor ontwikkelaars',
			developers:
				'Dezelfde berekening is er als API (POST /api/v1/planner/scenario, zonder inloggen) en als opdracht op de opdrachtregel (kleinschalig plan BESTAND). Zo kunt u veel scenario\'s tegelijk doorrekenen.',
			apiLink: 'Beschrijving van de API (OpenAPI)'
		},
		transition: {
			heading: 'Van leefgroepen naar kleine huizen',
			lead: 'Vul in hoe het nu is georganiseerd. Dan ziet u het verschil met elk scenario. Laat leeg als u dit niet wilt zien.',
			legend: 'Huidige leefgroepen',
			fields: {
				groups: { label: 'Aantal leefgroepen nu', description: 'Het aantal groepen dat u nu heeft.' },
				groupSize: { label: 'Jongeren per leefgroep nu', description: 'Bijvoorbeeld 8 tot 12.' },
				carersOnDuty: {
					label: 'Begeleiders tegelijk aanwezig per groep nu',
					description: 'Hoeveel begeleiders er dag en nacht tegelijk op één groep zijn.'
				}
			},
			errors: {
				groups: 'Het aantal leefgroepen moet een heel getal van minstens 1 zijn.',
				groupSize: 'Het aantal jongeren per leefgroep moet een heel getal van 1 tot en met 30 zijn.',
				carersOnDuty: 'Het aantal begeleiders tegelijk moet een heel getal van minstens 1 zijn.'
			},
			tableCaption: 'Nu en in {name}',
			now: 'Nu',
			difference: 'Verschil',
			homesRow: 'Huizen of leefgroepen',
			note: 'Nu is gerekend met dezelfde uren per fte, hetzelfde inroosterbare deel en dezelfde kosten als in het scenario.'
		},
		results: {
			offeredLoad: 'Gemiddeld tegelijk een plek nodig',
			places: 'Benodigde plaatsen',
			noPlaceProbability: 'Kans dat er geen plek vrij is',
			occupancy: 'Gemiddelde bezetting',
			homes: 'Huizen',
			carersOnDutyPerHome: 'Begeleiders tegelijk per huis',
			ftePerHome: 'Fte per huis',
			fteTotal: 'Fte in totaal',
			costPerYear: 'Kosten per jaar',
			costPerOccupiedDay: 'Kosten per bezette dag'
		},
		chart: {
			title: 'Kans dat er geen plek vrij is, bij {places} tot {to} plaatsen',
			description:
				'Lijngrafiek. Horizontaal het aantal plaatsen, verticaal de kans dat een jongere geen vrije plek vindt. Hoe meer plaatsen, hoe kleiner de kans. Het gekozen aantal van {places} plaatsen is gemarkeerd met een stip: daar is de kans {probability}. De stippellijn is de grens die u koos: {target}.',
			xAxis: 'Aantal plaatsen',
			yAxis: 'Kans geen plek vrij',
			chosen: 'gekozen',
			limit: 'grens',
			tableSummary: 'De grafiek als tabel',
			tableCaption: 'Kans dat er geen plek vrij is per aantal plaatsen',
			tableChosen: '(gekozen)'
		},
		pages: {
			scenarioTitle: 'Scenario doorrekenen',
			scenarioLead:
				"Vul de instroom en de verblijfsduur in. De andere gegevens zijn al ingevuld met gangbare waarden; pas ze aan als het bij u anders is. U kunt tot drie scenario's naast elkaar zetten.",
			columnHeading: 'Scenario {letter}',
			calculate: 'Bereken',
			addColumn: 'Scenario toevoegen',
			removeColumn: 'Laatste scenario weghalen',
			resultsHeading: 'Uitkomsten',
			compareCaption: "Scenario's naast elkaar",
			inputsCaption: 'Gebruikte gegevens',
			invalidColumn: 'Scenario {letter} is nog niet goed ingevuld. Bekijk de meldingen bij de velden.',
			errorSummary: 'Niet alle gegevens zijn goed ingevuld.',
			downloadHeading: 'Downloaden',
			downloadCsv: 'Download de uitkomsten als CSV (voor Excel)',
			downloadPdf: 'Download het rapport (PDF)',
			howHeading: 'Zo rekent de planner',
			how: [
				'De planner kijkt hoeveel jongeren gemiddeld tegelijk een plek nodig hebben: instroom per jaar maal verblijfsduur, gedeeld door 365.',
				'Met het Erlang-verliesmodel zoekt hij het kleinste aantal plaatsen waarbij de kans dat er geen plek vrij is, onder uw grens blijft.',
				'Een post die dag en nacht bezet is, vraagt 168 uur per week. Gedeeld door de uren per fte en het inroosterbare deel geeft dat de formatie.'
			],
			saveHeading: 'Bewaren',
			saveLead: 'Bewaar dit scenario om het later terug te zien of te delen met uw organisatie.',
			saveName: 'Naam',
			saveOrganization: 'Delen met organisatie',
			saveOrganizationNone: 'Niet delen, alleen voor mij',
			save: 'Bewaar scenario {letter}',
			loginToSave: 'Log in om scenario\'s te bewaren en te delen.',
			savedListLink: "Mijn bewaarde scenario's",
			savedTitle: "Bewaarde scenario's",
			savedLead:
				"Hier staan de scenario's die u bewaarde en die collega's van uw organisatie met u delen. Kies er tot drie om ze naast elkaar te zetten.",
			savedEmpty: "U heeft nog geen bewaarde scenario's. Reken een scenario door en kies \"Bewaar\".",
			savedCompare: 'Zet gekozen naast elkaar',
			savedChoose: 'Kies {name}',
			savedColumns: { name: 'Naam', owner: 'Gemaakt door', organization: 'Organisatie', created: 'Bewaard op', choose: 'Kiezen' },
			savedMine: 'alleen ik',
			savedTooMany: "Kies één tot drie scenario's.",
			savedFlash: 'Het scenario is bewaard.',
			savedBy: 'Bewaard door {owner} op {date}.',
			savedOrganization: 'Gedeeld met {organization}.',
			shareHeading: 'Delen met een link',
			shareLead: 'Iedereen met deze link kan het scenario bekijken, maar niet veranderen.',
			shareLabel: 'Link om te delen',
			openInPlanner: 'Openen in de planner om aan te passen of te vergelijken',
			delete: 'Scenario verwijderen',
			deleted: 'Het scenario is verwijderd.',
			sharedTitle: 'Gedeeld scenario: {name}',
			sharedLead: 'Iemand heeft dit scenario met u gedeeld. U kunt het bekijken en downloaden, maar niet veranderen.',
			report: {
				title: 'Omslagplanner: rapport',
				subtitle: 'Plaatsen, huizen, begeleiders en kosten voor kleinschalig verblijf',
				made: 'Gemaakt op {date} met Kleinschalig (omslagplanner).',
				inputs: 'Gebruikte gegevens',
				results: 'Uitkomsten',
				chart: 'Kans dat er geen plek vrij is: {name}',
				transition: 'Van leefgroepen naar kleine huizen',
				method:
					'Methode: het aantal plaatsen is het kleinste aantal waarbij de kans dat er geen plek vrij is (Erlang-verliesmodel) niet boven de gekozen grens komt. Fte per huis = begeleiders tegelijk × 168 uur / (uren per fte × inroosterbaar deel).'
			}
		},
		errors: {
			name: 'Geef het scenario een naam van 1 tot 120 tekens.',
			organization: 'U kunt alleen delen met een organisatie waar u lid van bent.',
			notFound: 'Dit scenario bestaat niet (meer).',
			forbidden: 'Dit scenario is niet met u gedeeld.',
			notOwner: 'Alleen wie het scenario bewaarde, kan het verwijderen.'
		}
	},
	// --- registerUi (register screens: week grid, home pages, editor, public list) ---
	registerUi: {
		grid: {
			caption: 'Begeleiders per uur van de week',
			legend:
				'Elk vak is één uur. Het getal is het aantal begeleiders dat dan op de groep is, tegenover het aantal dat nodig is ({required}). Een vak met een streeppatroon en het woord "tekort" heeft te weinig begeleiders.',
			legendUnknown:
				'Elk vak is één uur. Het getal is het aantal begeleiders dat dan op de groep is. Omdat het aantal plaatsen niet bekend is, weten we niet hoeveel begeleiders nodig zijn.',
			hour: 'Uur',
			/** One cell: "{present} van {required}"; present may be a range "1–2". */
			cell: '{present} van {required}',
			cellUnknown: '{present}',
			short: 'tekort',
			gapsHeading: 'Momenten met te weinig begeleiders',
			/** "dinsdag 23:00–24:00: 1 van 2 begeleiders". */
			gap: '{day} {start}–{end}: {present} van {required} begeleiders',
			noGaps: 'Op elk moment van de week zijn er genoeg begeleiders ({required} of meer).',
			noRequirement: 'Vul het aantal plaatsen in om te zien waar het rooster tekortschiet.'
		},
		verdictLabel: 'Uitkomst van de definitietoets',
		/** A date and time: "22 november 2026 om 21:40". */
		moment: '{date} om {time}',
		landing: {
			browse: 'Bekijk het register',
			manage: 'Mijn woningen beheren',
			criteriaHeading: 'Waarop wordt getoetst?',
			criteriaIntro:
				'Elke woning wordt op deze tien onderdelen van de definitie getoetst. Per onderdeel ziet u of de woning voldoet, en waarom.'
		},
		criteria: {
			'around-the-clock': 'Dag en nacht (24/7)',
			setting: 'Ligging',
			'group-size': 'Groepsgrootte',
			'age-range': 'Leeftijd',
			'home-like': 'Huiselijk',
			'not-live-in': 'Begeleiders wonen er niet',
			'fixed-team': 'Vast team',
			'staff-ratio': 'Bezetting 1 op 4',
			'individual-care': 'Individuele behandeling of begeleiding',
			perspective: 'Perspectief'
		},
		check: {
			heading: 'Definitietoets',
			intro: 'Per onderdeel van de definitie van kleinschalig verblijf: voldoet de woning, en waarom.',
			criterion: 'Onderdeel',
			status: 'Uitkomst',
			reason: 'Toelichting'
		},
		form: {
			choose: 'Kies…',
			notGiven: 'Niet opgegeven',
			yes: 'Ja',
			no: 'Nee',
			invalid: 'Niet alle velden zijn goed ingevuld. Er is niets opgeslagen. Pas de velden met een melding aan.',
			privateHint: 'Niet openbaar: alleen zichtbaar voor uw organisatie.',
			groups: {
				home: 'Naam en adres',
				kind: 'Soort woning',
				youths: 'Jongeren',
				care: 'Team en zorg',
				perspective: 'Perspectief en onderwijs',
				financing: 'Financiering',
				contact: 'Contactpersoon (niet openbaar)'
			},
			descriptions: {
				description: 'Openbaar. Vertel kort wat voor woning het is.',
				municipalityCode: 'De jeugdregio en provincie volgen uit de gemeente; ze staan achter de naam.',
				postalCode: 'Bijvoorbeeld 1234 AB.',
				places: 'Het aantal jongeren dat er kan wonen.',
				ages: 'De leeftijden waarop jongeren in de woning kunnen komen wonen.',
				aroundTheClock: 'Is er dag en nacht, 7 dagen per week, verblijf en begeleiding?',
				homeLike: 'Is de woning huiselijk ingericht, als een gewoon huis?',
				staffLiveIn: 'Wonen de begeleiders zelf in de woning (zoals in een gezinshuis)?',
				fixedTeam: 'Werkt er een klein, vast team van begeleiders?',
				teamFte: 'Bijvoorbeeld 7,5.',
				individualCare: 'Krijgen de jongeren intensieve behandeling of begeleiding op maat?',
				perspective: 'Is er tijdens en na het verblijf zicht op wonen, zorg en onderwijs of werk?',
				dayTariff: 'In euro per dag, bijvoorbeeld 185,50.',
				contractingMunicipalities:
					'De gemeenten die deze woning hebben gecontracteerd. Houd Ctrl (of Cmd op een Mac) ingedrukt om er meer te kiezen.'
			},
			municipalityOption: '{name} (jeugdregio {region}, {province})',
			location: 'Jeugdregio {region}, provincie {province}.',
			ijwCategory: {
				43: '43: verblijf (met behandeling)',
				44: '44: verblijf (zonder behandeling)'
			},
			organization: 'Organisatie',
			save: 'Opslaan',
			create: 'Woning toevoegen',
			cancel: 'Annuleren'
		},
		roster: {
			heading: 'Diensten',
			intro:
				'Vul per dienst de dag, de begintijd, de eindtijd en het aantal begeleiders in. Een dienst die eindigt vóór of op de begintijd loopt door tot de volgende dag (23:00 tot 07:00 is een nachtdienst). Lege rijen worden overgeslagen.',
			caption: 'Diensten van het weekrooster',
			number: 'Dienst',
			weekday: 'Dag',
			start: 'Begin (UU:MM)',
			end: 'Eind (UU:MM)',
			carers: 'Begeleiders',
			remove: 'Verwijderen',
			rowLabel: 'Dienst {number}: {field}',
			moreRows: 'Meer rijen',
			moreRowsHint: 'Vier lege rijen erbij. Er wordt nog niets opgeslagen.',
			save: 'Rooster opslaan',
			saved: 'Het rooster is opgeslagen. Hieronder ziet u het resultaat.',
			unchanged: 'Er is niets veranderd aan het rooster.',
			copyHeading: 'Een dag kopiëren',
			copyIntro:
				'Kopieer de diensten van één dag naar andere dagen. De diensten die op die andere dagen stonden, worden vervangen. Dit wordt meteen opgeslagen.',
			copyFrom: 'Kopieer de diensten van',
			copyTo: 'Naar deze dagen',
			copy: 'Dag kopiëren',
			copied: 'De diensten van {day} zijn gekopieerd naar {days}.',
			copyFromInvalid: 'Kies de dag waarvan u de diensten wilt kopiëren.',
			copyToInvalid: 'Kies minstens één andere dag om naartoe te kopiëren.',
			copyFromEmpty: 'Op {day} staan geen diensten om te kopiëren.',
			gridHeading: 'Bezetting per uur',
			notGiven: 'Er is nog geen rooster ingevuld.'
		},
		home: {
			breadcrumb: 'Register',
			publicDetails: 'Gegevens',
			privateDetails: 'Gegevens voor uw organisatie',
			privateIntro: 'Deze gegevens zijn niet openbaar. Alleen leden van {organization} zien ze.',
			provider: 'Aanbieder',
			location: 'Gemeente',
			region: 'Jeugdregio',
			province: 'Provincie',
			address: 'Adres',
			ages: 'Leeftijden',
			agesValue: '{min} tot en met {max} jaar',
			agesFrom: 'vanaf {min} jaar',
			agesTo: 'tot en met {max} jaar',
			team: 'Team',
			teamValue: '{size} begeleiders, {fte} fte',
			dayTariff: 'Dagtarief',
			dayTariffValue: '€ {amount} per dag',
			rosterHeading: 'Rooster en bezetting',
			rosterRequired: 'Bij {places} plaatsen zijn er op elk moment {required} begeleiders nodig (1 op 4).',
			lastChanged: 'Laatst gewijzigd op {date} (versie {version}).',
			archived: 'Deze woning is gearchiveerd en staat niet in het openbare register.',
			actions: 'Beheren',
			edit: 'Gegevens bewerken',
			editRoster: 'Rooster bewerken',
			history: 'Geschiedenis',
			notFound: 'Deze woning staat niet in het register.',
			created: 'De woning is toegevoegd aan het register.',
			saved: 'De wijzigingen zijn opgeslagen.'
		},
		edit: {
			title: '{name} bewerken',
			rosterTitle: 'Rooster van {name}',
			createTitle: 'Nieuwe woning',
			createIntro:
				'Vul zoveel mogelijk in: hoe meer u invult, hoe beter de definitietoets kan zeggen of de woning voldoet. Alleen de naam en de gemeente zijn verplicht. Het rooster vult u hier ook in; u kunt het later aanpassen.',
			noManagerOrganization: 'U bent geen beheerder van een organisatie, dus u kunt geen woningen toevoegen.',
			archiveHeading: 'Archiveren',
			archiveIntro: 'Een gearchiveerde woning staat niet meer in het openbare register. U kunt haar later terugzetten.',
			archive: 'Woning archiveren',
			restore: 'Woning terugzetten',
			archivedDone: 'De woning is gearchiveerd.',
			restoredDone: 'De woning staat weer in het register.',
			deleteHeading: 'Verwijderen',
			deleteIntro: 'Verwijderen kan alleen bij een gearchiveerde woning, en kan niet ongedaan worden gemaakt.',
			deleteConfirm: 'Ja, ik wil deze woning en haar geschiedenis definitief verwijderen.',
			deleteConfirmMissing: 'Vink aan dat u de woning definitief wilt verwijderen.',
			delete: 'Definitief verwijderen',
			deletedDone: 'De woning is verwijderd.'
		},
		history: {
			title: 'Geschiedenis van {name}',
			intro: 'Elke wijziging wordt bewaard: wie, wanneer, wat er veranderde en de uitkomst van de definitietoets bij die versie.',
			version: 'Versie {version}',
			meta: '{kind} op {date} door {actor}',
			system: 'het systeem',
			changes: 'Wat veranderde',
			noChanges: 'Geen velden veranderd.',
			field: 'Veld',
			before: 'Was',
			after: 'Wordt',
			empty: '(leeg)',
			verdict: 'Uitkomst van de toets'
		},
		manage: {
			title: 'Mijn woningen',
			intro: 'De woningen van uw organisatie in het register. Voeg woningen toe, werk ze bij, of importeer en exporteer ze als CSV of Excel.',
			noOrganizations: 'U hoort nog niet bij een organisatie. Vraag een beheerder van uw organisatie om u uit te nodigen.',
			homesOf: 'Woningen van {organization}',
			none: 'Deze organisatie heeft nog geen woningen in het register.',
			add: 'Nieuwe woning toevoegen',
			import: 'Importeren uit CSV of Excel',
			exportCsv: 'Exporteren als CSV',
			exportXlsx: 'Exporteren als Excel (XLSX)',
			name: 'Naam',
			place: 'Plaats',
			places: 'Plaatsen',
			verdict: 'Definitietoets',
			status: 'Status',
			active: 'Actief',
			archived: 'Gearchiveerd'
		},
		import: {
			title: 'Woningen importeren',
			intro:
				'Voeg veel woningen tegelijk toe of werk ze bij met een CSV- of Excelbestand (XLSX). Gebruik dezelfde kolommen als de export. Een regel met een id werkt die woning bij; een regel zonder id maakt een nieuwe woning.',
			columns: 'Kolommen: {columns}.',
			rosterColumn:
				'Het rooster staat in één kolom, bijvoorbeeld "ma 07:00-15:00 x1; ma 15:00-23:00 x1; ma 23:00-07:00 x1". "geen" is een leeg rooster.',
			file: 'Bestand',
			fileHint: 'Een .csv- of .xlsx-bestand.',
			fileMissing: 'Kies een CSV- of XLSX-bestand.',
			submit: 'Importeren',
			report: 'Verslag van de import',
			summary: '{rows} regels gelezen: {created} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd.',
			errorsHeading: 'Regels met fouten (niet geïmporteerd)',
			errorsIntro: 'Deze regels zijn helemaal overgeslagen. De andere regels zijn wel geïmporteerd.',
			row: 'Regel',
			column: 'Kolom',
			message: 'Melding',
			noErrors: 'Alle regels zijn goed.'
		},
		list: {
			title: 'Register van woningen',
			intro:
				'Alle woningen voor kleinschalig verblijf die aanbieders hebben ingeschreven, met de uitkomst van de definitietoets. Filter op provincie, jeugdregio, ligging, regime, doelgroep of uitkomst.',
			filters: 'Filteren',
			all: 'Alle',
			province: 'Provincie',
			region: 'Jeugdregio',
			setting: 'Ligging',
			regime: 'Regime',
			targetGroup: 'Doelgroep',
			verdict: 'Uitkomst van de toets',
			apply: 'Filter toepassen',
			reset: 'Alle filters wissen',
			count: '{total} woningen gevonden',
			countOne: '1 woning gevonden',
			empty: 'Er zijn geen woningen die bij deze filters passen. Wis een of meer filters om meer te zien.',
			invalidFilter: 'Een of meer filters zijn niet geldig.',
			name: 'Woning',
			location: 'Gemeente en jeugdregio',
			provider: 'Aanbieder',
			places: 'Plaatsen',
			pagination: 'Paginering',
			manageLink: 'Beheert u woningen? Ga naar Mijn woningen.'
		}
	},
	// --- modules with their own file in ./nl/ (one section each) ---
	kennis,
	netwerk,
	matching,
	monitor,
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
