/**
 * Dutch texts of the matching engine (`m.matching.engine`): input errors, the reasons per score
 * term and per broken hard constraint (matching.md). The CLI and the API use these same lines.
 * Placeholders are filled with format() from src/lib/i18n/nl.ts.
 */
export const matchingEngine = {
	input: {
		object: 'Stuur de gegevens als één object.',
		id: 'Geef een code (id) van 1 tot 100 tekens.',
		age: 'Geef de leeftijd als heel getal van 0 tot en met 30.',
		gender: 'Kies het geslacht: f, m of x.',
		needs: 'Geef de behoeften als lijst van codes (elk 1 tot 60 tekens, geen dubbele).',
		intensity: 'Geef de zorgzwaarte (intensity) als heel getal van 1 tot en met 3.',
		closedAuthorisation:
			'Geef bij machtiging gesloten jeugdhulp (closedAuthorisation) ja of nee (true of false).',
		municipality: 'Geef de gemeente als code van 1 tot 20 tekens, bijvoorbeeld GM0363.',
		region: 'Geef de jeugdregio als code van 1 tot 20 tekens, bijvoorbeeld JZ13.',
		waitingDays: 'Geef de wachttijd in dagen (waitingDays) als heel getal van 0 of meer.',
		places: 'Geef het aantal plekken als heel getal van 1 tot en met 6.',
		ageMin: 'Geef de minimumleeftijd (ageMin) als heel getal van 0 tot en met 30.',
		ageMax: 'Geef de maximumleeftijd (ageMax) als heel getal van 0 tot en met 30.',
		ageRange: 'De minimumleeftijd (ageMin) mag niet hoger zijn dan de maximumleeftijd (ageMax).',
		regime: 'Kies het regime: open of closed (gesloten).',
		genders: 'Geef de geslachten die het huis opneemt als lijst met f, m en/of x, zonder dubbele.',
		maxIntensity: 'Geef de maximale zorgzwaarte (maxIntensity) als heel getal van 1 tot en met 18.',
		competences:
			'Geef de deskundigheden (competences) als lijst van codes (elk 1 tot 60 tekens, geen dubbele).',
		residents: 'Geef de bewoners als lijst van ten hoogste 30 jongeren.',
		homes: 'Geef de huizen (homes) als lijst van ten hoogste 2000 huizen.',
		youths: 'Geef de jongeren (youths) als lijst van ten hoogste 2000 jongeren.',
		home: 'Geef het huis (home) als object.',
		youth: 'Geef de jongere (youth) als object.',
		rules: 'Geef de regels (rules) als object met incompatible, caution en weights.',
		incompatible: 'Geef elk onverenigbaar paar (incompatible) als lijst van twee codes.',
		caution:
			'Geef elke voorzichtigheidsregel (caution) als [code, code, aftrek] met een aftrek als heel getal van 0 tot en met 1000.',
		weight: 'Geef dit gewicht als heel getal van 0 tot en met 1000.',
		timeLimitSeconds:
			'Geef de tijdslimiet (timeLimitSeconds) als getal groter dan 0 en ten hoogste 600 seconden.',
		duplicateId: 'Deze code (id) komt al eerder voor; elke code moet uniek zijn.'
	},
	access: {
		loginNeeded: 'Log in om de matching te gebruiken.',
		noOrganization:
			'De matching is er voor leden van een organisatie. U bent nog geen lid van een organisatie.'
	},
	constraints: {
		places: 'Geen vrije plek: {residents} bewoners en {places} plekken.',
		placesBatch: 'Te weinig plekken voor alle nieuwe jongeren samen.',
		age: 'Leeftijd {age} valt buiten de leeftijdsgrenzen van het huis ({ageMin}–{ageMax}).',
		regimeClosed: 'Het huis is gesloten en de jongere heeft geen machtiging gesloten jeugdhulp.',
		regimeOpen: 'De jongere heeft een machtiging gesloten jeugdhulp en het huis is open.',
		gender: 'Het huis neemt geen jongeren met geslacht {gender} op.',
		incompatible: 'Onverenigbaar met bewoner {other}: {a} en {b} samen.',
		intensity: 'De zorgzwaarte wordt {total} en het huis kan ten hoogste {max} aan.'
	},
	constraintNames: {
		places: 'Vrije plek',
		age: 'Leeftijd',
		regime: 'Regime (open of gesloten)',
		gender: 'Geslacht',
		incompatible: 'Onverenigbare combinaties',
		intensity: 'Zorgzwaarte'
	},
	constraintMet: {
		places: 'Er is een vrije plek ({free} van {places}).',
		age: 'Leeftijd {age} past binnen {ageMin}–{ageMax}.',
		regime: 'Het regime past bij de machtiging.',
		gender: 'Het huis neemt jongeren met geslacht {gender} op.',
		incompatible: 'Geen onverenigbare combinatie met de bewoners.',
		intensity: 'De zorgzwaarte past ({total} van ten hoogste {max}).',
		intensityUnlimited: 'Het huis heeft geen grens aan de zorgzwaarte.',
		gendersAll: 'Het huis neemt alle geslachten op.'
	},
	terms: {
		placement: 'Plaatsing: {points}.',
		waiting: 'Wachttijd {days} dagen: {points}.',
		covered: 'Behoeften waar het huis deskundig in is ({needs}): {points}.',
		uncovered: 'Behoeften waar het huis niet deskundig in is ({needs}): {points}.',
		municipality: 'Zelfde gemeente ({municipality}): {points}.',
		region: 'Zelfde jeugdregio ({region}): {points}.',
		ageGap: 'Leeftijdsverschil met {other} van {gap} jaar: {points}.',
		caution: 'Voorzichtig met {other}: {a} en {b}: {points}.',
		pairNone: 'Geen aftrek voor het samenwonen met {other}.',
		halfCounts: '(Ook nieuw geplaatst: de helft, {points}, telt bij deze jongere.)'
	},
	assign: {
		noFeasibleHome: 'Er is geen huis waar deze jongere volgens de harde eisen kan wonen.',
		noPositiveScore: 'In elk huis waar deze jongere kan wonen is de score 0 of lager.',
		notChosen: 'De beschikbare plekken leveren bij andere jongeren samen een hogere totale score op.',
		timeLimit: 'Binnen de tijdslimiet is voor deze jongere geen plek gevonden.'
	}
} as const;
