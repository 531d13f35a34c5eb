import type { SearchDocument } from '../../src/lib/kennis/search/search-types.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';


// Singular and plural of Dutch nouns from the domain.
const nouns: [string, string][] = [
	['huis', 'huizen'],
	['kind', 'kinderen'],
	['groep', 'groepen'],
	['ouder', 'ouders'],
	['school', 'scholen'],
	['wijk', 'wijken'],
	['team', 'teams'],
	['gemeente', 'gemeenten'],
	['begeleider', 'begeleiders'],
	['jongere', 'jongeren'],
	['woning', 'woningen'],
	['plaats', 'plaatsen'],
	['instelling', 'instellingen'],
	['regel', 'regels'],
	['dienst', 'diensten'],
	['kamer', 'kamers'],
	['gezin', 'gezinnen'],
	['aanbieder', 'aanbieders'],
	['mentor', 'mentoren'],
	['rooster', 'roosters'],
	['wachtlijst', 'wachtlijsten'],
	['buurt', 'buurten'],
	['bewoner', 'bewoners'],
	['leider', 'leiders'],
	['tarief', 'tarieven'],
	['verblijf', 'verblijven'],
	['voorziening', 'voorzieningen'],
	['opvang', 'opvangen'],
	['klimaat', 'klimaten'],
	['vragenlijst', 'vragenlijsten'],
	['afspraak', 'afspraken'],
	['gesprek', 'gesprekken'],
	['plan', 'plannen'],
	['dorp', 'dorpen'],
	['stad', 'steden'],
	['leraar', 'leraren'],
	['voogd', 'voogden'],
	['training', 'trainingen'],
	['contract', 'contracten'],
	['budget', 'budgetten'],
	['dossier', 'dossiers'],
	['incident', 'incidenten'],
	['vrijwilliger', 'vrijwilligers'],
	['huisdier', 'huisdieren'],
	['medicijn', 'medicijnen'],
	['cliënt', 'cliënten'],
	['idee', 'ideeën'],
	['coöperatie', 'coöperaties'],
	['reünie', 'reünies'],
	['nacht', 'nachten'],
	['crisis', 'crises'],
	['zorg', 'zorgen'],
	['hulp', 'hulp'],
	['jeugd', 'jeugd'],
	['onderwijs', 'onderwijs'],
	['financiering', 'financieringen']
];

// Compounds as modifier + linking letters + head.
const compounds: [string, string, string][] = [
	['jeugd', '', 'hulp'],
	['jeugdhulp', '', 'instelling'],
	['gezin', 's', 'huis'],
	['zorg', '', 'aanbieder'],
	['buurt', '', 'bewoner'],
	['nacht', '', 'dienst'],
	['crisis', '', 'opvang'],
	['woon', '', 'voorziening'],
	['team', '', 'leider'],
	['dag', '', 'tarief'],
	['leef', '', 'klimaat'],
	['groep', 's', 'grootte'],
	['ouder', '', 'betrokkenheid'],
	['huis', '', 'regel'],
	['kamer', '', 'training'],
	['school', '', 'gang'],
	['pleeg', '', 'ouder'],
	['wijk', '', 'team'],
	['kost', '', 'prijs'],
	['onderwijs', '', 'zorg']
];

const adjectives = [
	'klein',
	'kleinschalig',
	'veilig',
	'vast',
	'gewoon',
	'open',
	'financiële',
	'efficiënt',
	'privé',
	'nieuw',
	'regionaal',
	'dagelijks',
	'eigen',
	'rustig',
	'goed',
	'lang',
	'kort',
	'zelfstandig',
	'professioneel',
	'betrokken'
];
const verbs = [
	'wonen',
	'werken',
	'leren',
	'begeleiden',
	'helpen',
	'afspreken',
	'koken',
	'praten',
	'plannen',
	'bouwen',
	'kiezen',
	'meten',
	'verbeteren',
	'betrekken',
	'organiseren',
	'financieren',
	'opvangen',
	'delen',
	'zoeken',
	'groeien'
];
const glue = [
	'de',
	'het',
	'een',
	'en',
	'van',
	'in',
	'met',
	'voor',
	'op',
	'bij',
	'naar',
	'dat',
	'die',
	'is',
	'zijn',
	'om',
	'te'
];

/** Every content word the generator uses, for building queries. */
export const generatorWords = {
	nouns,
	compounds: compounds.map(([a, link, b]) => ({ modifier: a, link, head: b, word: a + link + b })),
	adjectives,
	verbs
};

const themes = ['wonen', 'zorg', 'onderwijs', 'team', 'financiering', 'wijk', 'ouders', 'organisatie'];
const kinds = ['wetenschappelijk', 'praktijk', 'ervaring'];
const groups = ['professionals', 'beleidsmakers', 'jongeren-en-ouders'];

const onsets = [
	'b',
	'd',
	'g',
	'k',
	'l',
	'm',
	'n',
	'p',
	'r',
	's',
	't',
	'v',
	'w',
	'z',
	'st',
	'sch',
	'br',
	'kl',
	'gr',
	'tr'
];
const nuclei = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'ie', 'oe', 'ui', 'ij', 'eu', 'ou'];
const codas = ['', 'n', 'r', 'l', 'k', 't', 's', 'ng', 'rd', 'lt', 'cht', 'nd'];

// Real text has a long tail of rare words (Zipf): a pool of pseudo-Dutch filler words, drawn
// with probability ~ 1/rank, keeps the number of documents per word realistic.
function fillerWords(random: () => number, count: number): string[] {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const words = new Set<string>();
	while (words.size < count) {
		const syllables = 1 + Math.floor(random() * 3);
		let word = '';
		for (let i = 0; i < syllables; i++) word += pick(onsets) + pick(nuclei) + pick(codas);
		words.add(word);
	}
	return [...words];
}

/** A synthetic Dutch corpus of `size` articles, the same for the same seed. */
export function generateCorpus(size: number, seed = 2026): SearchDocument[] {
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const filler = fillerWords(random, 20_000);
	// Harmonic weights: the word of rank r is drawn with probability ~ 1/r.
	const cumulative: number[] = [];
	let total = 0;
	for (let rank = 1; rank <= filler.length; rank++) cumulative.push((total += 1 / rank));
	const fillerWord = () => {
		const target = random() * total;
		let low = 0;
		let high = cumulative.length - 1;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (cumulative[mid]! < target) low = mid + 1;
			else high = mid;
		}
		return filler[low]!;
	};
	const noun = () => {
		const roll = random();
		if (roll < 0.25) {
			const [a, link, b] = pick(compounds);
			return a + link + b;
		}
		const [singular, plural] = pick(nouns);
		return roll < 0.6 ? singular : plural;
	};
	const sentence = (words: number) => {
		const out: string[] = [];
		while (out.length < words) {
			const roll = random();
			if (roll < 0.3) out.push(pick(glue));
			else if (roll < 0.7) out.push(fillerWord());
			else if (roll < 0.85) out.push(noun());
			else out.push(roll < 0.93 ? pick(verbs) : pick(adjectives));
		}
		const text = out.join(' ');
		return text.charAt(0).toUpperCase() + text.slice(1) + '.';
	};
	const documents: SearchDocument[] = [];
	for (let i = 0; i < size; i++) {
		const sentences = 6 + Math.floor(random() * 10);
		const theme = pick(themes);
		documents.push({
			slug: `artikel-${i + 1}`,
			title: sentence(3 + Math.floor(random() * 5)).slice(0, -1),
			summary: sentence(10 + Math.floor(random() * 10)),
			body: Array.from({ length: sentences }, () => sentence(8 + Math.floor(random() * 12))).join(' '),
			theme,
			themeTitle: theme.charAt(0).toUpperCase() + theme.slice(1),
			knowledge: [pick(kinds)],
			audiences: [pick(groups)],
			updatedAt: '2026-01-01'
		});
	}
	return documents;
}

/** A fixed mix of queries over the generator's words: plain, plural, compound, typo, prefix, accent. */
export function generateQueries(count: number, seed = 7): string[] {
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const typo = (word: string) => {
		const i = 1 + Math.floor(random() * (word.length - 2));
		return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
	};
	const makers = [
		() => pick(nouns)[0],
		() => pick(nouns)[1],
		() => `${pick(adjectives)} ${pick(nouns)[0]}`,
		() => pick(generatorWords.compounds).word,
		() => pick(generatorWords.compounds).head,
		() => typo(pick(nouns.filter(([s]) => s.length >= 6))[0]),
		() => pick(nouns)[0].slice(0, 4),
		() => pick(['cooperatie', 'ideeen', 'financiele', 'client', 'prive', 'reunie', 'efficient'])
	];
	return Array.from({ length: count }, (_, i) => makers[i % makers.length]!());
}
