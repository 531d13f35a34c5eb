/** Dutch UI texts of the monitor module: section `m.monitor` of the one catalogue (src/lib/i18n/nl.ts). */
export const monitor = {
	report: {
		input: 'Vul de kwartaalcijfers in.',
		quarter: 'Kwartaal: gebruik de vorm 2025K3 (jaar, K, kwartaalnummer 1–4).',
		quarterFuture: 'Kwartaal: een kwartaal dat nog niet is begonnen kan niet worden ingediend.',
		quarterTooOld: 'Kwartaal: cijfers kunnen vanaf 2015 worden ingediend.',
		youthDays: 'Bezetting (jeugddagen): vul een heel getal van 0 of meer in.',
		youthDaysTooMany:
			'Bezetting (jeugddagen): dat is meer dan {places} plaatsen × {days} dagen in het kwartaal = {max}.',
		youthDaysNoPlaces:
			'Bezetting (jeugddagen): de woning heeft geen aantal plaatsen in het register; vul dat eerst in.',
		intake: 'Instroom: vul een heel getal van 0 tot en met 999 in.',
		dischargePlanned: 'Gepland vertrek: vul een heel getal van 0 tot en met 999 in.',
		dischargeUnplanned: 'Ongepland vertrek: vul een heel getal van 0 tot en met 999 in.',
		waitingList: 'Wachtlijst aan het eind van het kwartaal: vul een heel getal van 0 tot en met 9999 in.',
		averageStayDays:
			'Gemiddelde verblijfsduur (dagen): vul een getal van 0 tot en met 10000 in, met hooguit één decimaal.',
		educationPercent: 'Deelname onderwijs of werk: vul een percentage van 0 tot en met 100 in.',
		carersLeft: 'Vertrokken begeleiders: vul een heel getal van 0 tot en met 999 in.',
		carersJoined: 'Nieuwe begeleiders: vul een heel getal van 0 tot en met 999 in.',
		openVacancies: 'Openstaande vacatures: vul een heel getal van 0 tot en met 999 in.',
		restraintIncidents: 'Incidenten met vrijheidsbeperking: vul een heel getal van 0 tot en met 9999 in.',
		homeId: 'Woning: kies een woning uit het register.',
		homeUnknown: 'Woning: deze woning staat niet in het register.',
		notManager: 'Alleen beheerders van de aanbieder kunnen kwartaalcijfers indienen.',
		notMember: 'Alleen leden van de aanbieder, onderzoekers en beheerders kunnen deze cijfers zien.',
		loginNeeded: 'Log in om kwartaalcijfers te bekijken of in te dienen.',
		notFound: 'Deze kwartaalcijfers bestaan niet.'
	},
	fields: {
		quarter: 'Kwartaal',
		youthDays: 'Bezetting (jeugddagen)',
		intake: 'Instroom (jongeren)',
		dischargePlanned: 'Gepland vertrek (jongeren)',
		dischargeUnplanned: 'Ongepland vertrek (jongeren)',
		waitingList: 'Wachtlijst aan het eind van het kwartaal',
		averageStayDays: 'Gemiddelde verblijfsduur (dagen)',
		educationPercent: 'Deelname onderwijs of werk (%)',
		carersLeft: 'Vertrokken begeleiders',
		carersJoined: 'Nieuwe begeleiders',
		openVacancies: 'Openstaande vacatures',
		restraintIncidents: 'Incidenten met vrijheidsbeperking'
	},
	hints: {
		youthDays:
			'Tel per dag het aantal jongeren dat in de woning verbleef en tel die dagen op. Hooguit plaatsen × dagen.',
		educationPercent: 'Het deel van de jongeren dat naar school gaat of werkt, in hele procenten.'
	},
	figures: {
		homes: 'Woningen',
		places: 'Plaatsen',
		meetingHomes: 'Woningen die aan de definitie voldoen',
		reportingHomes: 'Woningen met kwartaalcijfers',
		youthDays: 'Jeugddagen',
		placeDays: 'Beschikbare plaatsdagen',
		intake: 'Instroom',
		dischargePlanned: 'Gepland vertrek',
		dischargeUnplanned: 'Ongepland vertrek',
		discharges: 'Vertrek (totaal)',
		waitingList: 'Wachtlijst',
		carersLeft: 'Vertrokken begeleiders',
		carersJoined: 'Nieuwe begeleiders',
		teamSize: 'Begeleiders in vaste teams',
		openVacancies: 'Openstaande vacatures',
		restraintIncidents: 'Incidenten met vrijheidsbeperking',
		educatedYouthDays: 'Jeugddagen met onderwijs of werk',
		meetingShare: 'Aandeel dat aan de definitie voldoet',
		occupancy: 'Bezettingsgraad',
		unplannedShare: 'Aandeel ongepland vertrek',
		turnover: 'Verloop begeleiders',
		educationShare: 'Deelname onderwijs of werk'
	},
	definitions: {
		homes:
			'Het aantal actieve woningen in het register in het gebied (gearchiveerde woningen tellen niet mee). Een telling uit het register van nu, niet per kwartaal.',
		places: 'De som van het aantal plaatsen van die woningen.',
		meetingHomes: 'Woningen waarvan de definitietoets "voldoet" of "voldoet, met opmerkingen" geeft.',
		reportingHomes:
			'Het aantal woningen dat voor het kwartaal kwartaalcijfers heeft ingediend. Alle cijfers hieronder gaan alleen over deze woningen.',
		youthDays: 'Per dag het aantal jongeren in de woning, opgeteld over het kwartaal.',
		placeDays: 'Plaatsen × het aantal dagen in het kwartaal, van de woningen met cijfers.',
		intake: 'Het aantal jongeren dat in het kwartaal in een woning kwam wonen.',
		dischargePlanned: 'Het aantal jongeren dat volgens plan vertrok.',
		dischargeUnplanned: 'Het aantal jongeren dat onverwacht of voortijdig vertrok.',
		discharges: 'Gepland plus ongepland vertrek.',
		waitingList: 'Het aantal jongeren op de wachtlijst op de laatste dag van het kwartaal.',
		carersLeft: 'Het aantal begeleiders dat in het kwartaal uit het vaste team vertrok.',
		carersJoined: 'Het aantal begeleiders dat in het kwartaal bij het vaste team kwam.',
		teamSize: 'De som van de teamgrootte (aantal begeleiders) in het register, van de woningen met cijfers.',
		openVacancies: 'Het aantal openstaande vacatures op de laatste dag van het kwartaal.',
		restraintIncidents: 'Het aantal incidenten waarbij een vrijheidsbeperkende maatregel nodig was.',
		educatedYouthDays:
			'Jeugddagen × het aandeel jongeren met school of werk, per woning; de basis van de deelname.',
		meetingShare: 'Woningen die aan de definitie voldoen, gedeeld door alle woningen.',
		occupancy: 'Jeugddagen gedeeld door beschikbare plaatsdagen.',
		unplannedShare: 'Ongepland vertrek gedeeld door al het vertrek (gepland plus ongepland).',
		turnover: 'Vertrokken begeleiders gedeeld door de begeleiders in vaste teams, per kwartaal.',
		educationShare: 'Het aandeel jongeren met school of werk, gewogen naar jeugddagen.'
	},
	notes: {
		small: '<5',
		'few-homes': 'afgeschermd',
		secondary: 'afgeschermd',
		filter: 'afgeschermd',
		'no-data': '–'
	},
	noteTitles: {
		small: 'Een klein aantal (1 tot en met 4), afgeschermd',
		'few-homes': 'Afgeschermd: minder dan 5 woningen dienden cijfers in',
		secondary: 'Afgeschermd, zodat een ander afgeschermd cijfer niet is terug te rekenen',
		filter: 'Afgeschermd: het verschil met het cijfer zonder filter is een klein aantal',
		'no-data': 'Geen gegevens'
	},
	suppression: {
		explain:
			'Om te voorkomen dat een jongere of woning herkenbaar wordt, tonen we geen aantallen van 1 tot en met 4 ("<5"). Cijfers uit kwartaalrapportages tonen we alleen als ten minste 5 woningen cijfers indienden. Soms schermen we een tweede cel af, zodat de afgeschermde waarde niet uit het totaal is terug te rekenen.',
		ratio: 'Een percentage tonen we alleen als teller en noemer allebei getoond worden.'
	},
	scope: {
		nation: 'Nederland',
		province: 'Provincie',
		region: 'Jeugdregio',
		provider: 'Aanbieder'
	},
	landing: {
		figures: 'Bekijk de cijfers',
		report: 'Kwartaalcijfers indienen',
		definitions: 'Definities van de cijfers'
	},
	dashboard: {
		title: 'Monitor kleinschalig verblijf',
		intro: 'Geaggregeerde cijfers over de kleinschalige woningen in het register en hun kwartaalcijfers.',
		scopeTitle: 'Monitor {name}',
		quarter: 'Kwartaal',
		show: 'Toon',
		filters: 'Filters',
		setting: 'Ligging',
		regime: 'Regime',
		targetGroup: 'Doelgroep',
		all: 'Alle',
		keyFigures: 'Kerncijfers in {quarter}',
		trend: 'Ontwikkeling per kwartaal',
		trendChart: '{figure} per kwartaal, {from} tot en met {to}',
		trendTable: 'Tabel: {figure} per kwartaal',
		showTable: 'Toon als tabel',
		areas: 'Per gebied in {quarter}',
		areaColumn: 'Gebied',
		mapTitle: 'Kaart: {figure} per {level} in {quarter}',
		mapDescription:
			'Hoe donkerder het gebied, hoe hoger de waarde. Gearceerde gebieden hebben geen of afgeschermde cijfers. Klik op een gebied om in te zoomen. Dezelfde cijfers staan in de tabel hieronder.',
		mapFigure: 'Kaart van',
		mapLevel: 'Kaart per',
		perRegion: 'jeugdregio',
		perProvince: 'provincie',
		legend: 'Legenda',
		noData: 'geen of afgeschermde cijfers',
		criteria: 'Welke criteria van de definitie het vaakst niet gehaald worden',
		criteriaCount: 'Woningen die het criterium niet halen',
		criteriaEmpty: 'Alle woningen halen alle criteria of zijn nog niet volledig ingevuld.',
		criterion: 'Criterium',
		empty: 'Er zijn nog geen woningen of kwartaalcijfers in dit gebied.',
		openData: 'Open data van dit overzicht',
		downloadCsv: 'Download als CSV',
		downloadJson: 'Download als JSON',
		definitionsLink: 'Wat betekenen de cijfers?',
		providerLink: 'Cijfers van uw aanbieder',
		reportLink: 'Kwartaalcijfers indienen',
		researchLink: 'Onderzoeksdata',
		value: 'Waarde',
		figure: 'Cijfer'
	},
	definitionsPage: {
		title: 'Definities van de monitorcijfers',
		intro: 'Hoe elk cijfer in de monitor en de open data wordt berekend.',
		counts: 'Aantallen',
		ratios: 'Percentages',
		suppressionTitle: 'Afscherming van kleine aantallen',
		suppressionRules: [
			'Een aantal van 1 tot en met 4 tonen we niet; we tonen "<5" (in de open data: null met de reden "klein aantal").',
			'Een 0 tonen we wel: die maakt niemand herkenbaar, tenzij minder dan 5 woningen cijfers indienden.',
			'Cijfers uit kwartaalrapportages tonen we alleen als ten minste 5 woningen in het gebied cijfers indienden.',
			"Terugrekenen: als in een gebied precies één deelgebied is afgeschermd, schermen we ook het kleinste andere deelgebied af (of het totaal als dat niet kan). Zo kan niemand de afgeschermde waarde uit het totaal afleiden. Dat geldt voor Nederland → provincies, Nederland → jeugdregio's en provincie → jeugdregio's die helemaal in die provincie liggen.",
			'Filters (ligging, regime, doelgroep): een gefilterd cijfer tonen we alleen als ook het verschil met het ongefilterde cijfer geen klein aantal is.',
			'Een percentage tonen we alleen als teller en noemer allebei getoond worden.'
		]
	},
	provider: {
		listTitle: 'Kwartaalcijfers',
		listIntro: 'Kies de aanbieder waarvan u de kwartaalcijfers wilt bekijken of indienen.',
		title: 'Kwartaalcijfers {name}',
		home: 'Woning',
		saved: 'De kwartaalcijfers van {home} over {quarter} zijn opgeslagen.',
		fileLabel: 'Invullen: {home}, {quarter}',
		correctLabel: 'Corrigeren: {home}, {quarter}',
		trendTitle: 'Totalen van uw woningen per kwartaal',
		trendIntro: 'Niet afgeschermd: alleen zichtbaar voor leden van de aanbieder, onderzoekers en beheerders.',
		intro:
			"De kwartaalcijfers van de woningen van uw aanbieder. Alleen u, uw collega's, onderzoekers en beheerders zien deze cijfers per woning.",
		homes: 'Woningen',
		missing: 'ontbreekt',
		file: 'Invullen',
		correct: 'Corrigeren',
		noHomes: 'Deze aanbieder heeft nog geen woningen in het register.',
		dashboard: 'Overzicht van de aanbieder',
		import: 'Importeren uit een spreadsheet',
		choose: 'Kies een aanbieder',
		none: 'U bent geen lid van een aanbieder.'
	},
	form: {
		title: 'Kwartaalcijfers {home}',
		intro:
			'Vul de cijfers over het kwartaal in. Eerder ingediende cijfers kunt u corrigeren; de vorige versie blijft bewaard.',
		submit: 'Cijfers opslaan',
		saved: 'De kwartaalcijfers zijn opgeslagen.',
		invalid: 'Niet alle cijfers zijn goed ingevuld. Verbeter de velden hieronder.',
		history: 'Eerdere versies',
		historyEmpty: 'Nog geen eerdere versies.',
		version: 'Versie',
		when: 'Wanneer',
		who: 'Door',
		system: 'systeem',
		kinds: { filed: 'ingediend', corrected: 'gecorrigeerd', imported: 'geïmporteerd' }
	},
	importPage: {
		title: 'Kwartaalcijfers importeren',
		intro:
			'Upload een CSV- of Excel-bestand (.xlsx) met één rij per woning en kwartaal. Kolommen: homeId, quarter, youthDays, intake, dischargePlanned, dischargeUnplanned, waitingList, averageStayDays, educationPercent, carersLeft, carersJoined, openVacancies, restraintIncidents.',
		file: 'Bestand',
		submit: 'Importeren',
		row: 'Rij',
		result: 'Resultaat',
		imported: '{count} rijen opgeslagen, {failed} rijen niet.',
		ok: 'opgeslagen',
		fileMissing: 'Bestand: kies een CSV- of .xlsx-bestand.',
		fileUnreadable: 'Bestand: het bestand kon niet worden gelezen als CSV of .xlsx.',
		tooManyRows: 'Bestand: hooguit 5000 rijen per keer.',
		missingColumns: 'Bestand: deze kolommen ontbreken: {columns}.',
		unknownColumns: 'Bestand: deze kolommen kennen we niet: {columns}.',
		otherProvider: 'Woning: deze woning hoort niet bij deze aanbieder.',
		empty: 'Bestand: het bestand heeft geen kopregel met kolomnamen.',
		unchanged: 'ongewijzigd',
		invalid: 'niet opgeslagen',
		columns: 'Kolommen'
	},
	reminder: {
		subject: 'Kwartaalcijfers {quarter} ontbreken nog',
		body: 'Beste {name},\n\nVoor {quarter} ontbreken nog de kwartaalcijfers van deze woningen van {organization}:\n\n{homes}\n\nU kunt ze invullen op {url}\n\nMet vriendelijke groet,\nKleinschalig'
	}
} as const;
