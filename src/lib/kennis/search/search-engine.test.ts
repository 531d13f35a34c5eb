import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, stemWord, tokenizeText } from './analyze-text.ts';
import { buildSearchIndex } from './build-search-index.ts';
import { decompoundWord } from './decompound-word.ts';
import { allowedTypos, editDistance } from './edit-distance.ts';
import { makeSnippet } from './make-snippet.ts';
import { queryTerms, searchDocuments } from './search-documents.ts';
import type { SearchDocument } from './search-types.ts';

function buildDocument(overrides: Partial<SearchDocument> & { slug: string }): SearchDocument {
	return {
		title: 'Titel',
		summary: '',
		body: '',
		theme: 'thema',
		themeTitle: 'Thema',
		knowledge: ['praktijk'],
		audiences: ['professionals'],
		updatedAt: '2026-01-01',
		...overrides
	};
}

describe('Dutch text analysis', () => {
	it('folds case and accents, keeping positions in the original text', () => {
		expect(foldText('Coöperatie, Ideeën en CAFÉ')).toBe('cooperatie, ideeen en cafe');
		expect(tokenizeText('Één privé-kamer')).toEqual([
			{ term: 'een', start: 0, end: 3 },
			{ term: 'prive', start: 4, end: 9 },
			{ term: 'kamer', start: 10, end: 15 }
		]);
	});

	it('brings singular and plural to one stem, also where Snowball alone does not', () => {
		const pairs = [
			['huizen', 'huis'],
			['gezinshuizen', 'gezinshuis'],
			['verblijven', 'verblijf'],
			['kinderen', 'kind'],
			['instellingen', 'instelling'],
			['gemeenten', 'gemeente'],
			['begeleiders', 'begeleider'],
			// Doubled consonant, -s after a consonant, diaeresis and irregular plurals.
			['bussen', 'bus'],
			['lessen', 'les'],
			['mensen', 'mens'],
			['kansen', 'kans'],
			['ideeen', 'idee'],
			['categorieen', 'categorie'],
			['kalveren', 'kalf'],
			['leden', 'lid']
		];
		for (const [plural, singular] of pairs) expect(stemWord(plural!)).toBe(stemWord(singular!));
		expect(stemWord('kind')).not.toBe(stemWord('kinderachtig'));
	});

	it('drops stop words from a query unless nothing else is left', () => {
		expect(queryTerms('De instelling voor jeugdhulp')).toEqual(['instelling', 'jeugdhulp']);
		expect(queryTerms('de')).toEqual(['de']);
		expect(queryTerms('  ')).toEqual([]);
	});
});

describe('editDistance', () => {
	it('counts a swap of neighbours as one error', () => {
		expect(editDistance('jeugdhlup', 'jeugdhulp', 2)).toBe(1);
		expect(editDistance('gemeeente', 'gemeente', 2)).toBe(1);
		expect(editDistance('kat', 'hond', 5)).toBe(4);
		expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
	});

	it('is symmetric, zero only for equal words, and never above max + 1', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), fc.nat(3), (a, b, max) => {
				const d = editDistance(a, b, max);
				expect(d).toBe(editDistance(b, a, max));
				expect(d <= max + 1).toBe(true);
				expect(d === 0).toBe(a === b);
			})
		);
	});

	it('allows more typing errors in longer words', () => {
		expect([3, 4, 7, 8, 20].map(allowedTypos)).toEqual([0, 1, 1, 2, 2]);
	});
});

describe('decompoundWord', () => {
	const known = new Set(['jeugd', 'hulp', 'jeugdhulp', 'instelling', 'gezin', 'huis', 'ouder', 'avond']);
	const isWord = (part: string) => known.has(part);

	it('splits into the fewest known parts, with Dutch linking letters', () => {
		expect(decompoundWord('jeugdhulpinstelling', isWord)).toEqual(['jeugdhulp', 'instelling']);
		expect(decompoundWord('gezinshuis', isWord)).toEqual(['gezin', 'huis']);
		expect(decompoundWord('ouderenavond', isWord)).toEqual(['ouder', 'avond']);
	});

	it('leaves words alone that are no compound of known words', () => {
		expect(decompoundWord('instelling', isWord)).toBeUndefined();
		expect(decompoundWord('huisarts', isWord)).toBeUndefined();
		expect(decompoundWord('hulp', isWord)).toBeUndefined();
	});
});

describe('makeSnippet', () => {
	it('marks matched words and escapes everything else', () => {
		const snippet = makeSnippet('Kosten < baten & "veel" gezinshuizen', new Set([stemWord('gezinshuis')]));
		expect(snippet).toBe('Kosten &lt; baten &amp; "veel" <mark>gezinshuizen</mark>');
		expect(makeSnippet('niets hier', new Set(['gezinshuis']))).toBeUndefined();
	});

	it('shows a window around the matches of a long text', () => {
		const text = `${'woord '.repeat(100)}het leefklimaat${' tekst'.repeat(100)}`;
		const snippet = makeSnippet(text, new Set([stemWord('leefklimaat')]))!;
		expect(snippet.startsWith('… ')).toBe(true);
		expect(snippet.endsWith(' …')).toBe(true);
		expect(snippet).toContain('het <mark>leefklimaat</mark>');
	});
});

describe('searchDocuments', () => {
	const index = buildSearchIndex([
		buildDocument({ slug: 'body', title: 'Over wonen', body: 'Iets over het leefklimaat in huis.' }),
		buildDocument({ slug: 'title', title: 'Leefklimaat', body: 'Een tekst.', theme: 'b', themeTitle: 'B' }),
		buildDocument({
			slug: 'summary',
			title: 'Wonen',
			summary: 'Het leefklimaat.',
			knowledge: ['ervaring'],
			audiences: ['jongeren-en-ouders']
		})
	]);

	it('ranks a title match above a summary match above a body match', () => {
		expect(searchDocuments(index, { q: 'leefklimaat', limit: 10 }).results.map((r) => r.slug)).toEqual([
			'title',
			'summary',
			'body'
		]);
	});

	it('counts facets, each ignoring its own filter, and pages with offset', () => {
		const outcome = searchDocuments(index, { q: 'leefklimaat', limit: 1, offset: 1, theme: 'thema' });
		expect(outcome.total).toBe(2);
		expect(outcome.results.map((r) => r.slug)).toEqual(['body']);
		expect(outcome.facets.theme).toEqual([
			{ value: 'thema', title: 'Thema', count: 2 },
			{ value: 'b', title: 'B', count: 1 }
		]);
		expect(outcome.facets.audience).toEqual([
			{ value: 'jongeren-en-ouders', title: 'jongeren-en-ouders', count: 1 },
			{ value: 'professionals', title: 'professionals', count: 1 }
		]);
	});

	it('ranks documents with every query word first, then those with some of them', () => {
		// "title" has leefklimaat in its title but not "wonen": below both complete matches, yet found.
		expect(searchDocuments(index, { q: 'wonen leefklimaat', limit: 10 }).results.map((r) => r.slug)).toEqual([
			'summary',
			'body',
			'title'
		]);
	});

	it('splits a mistyped compound as its correction, so its parts find the article too', () => {
		const words = buildSearchIndex([
			buildDocument({ slug: 'whole', title: 'De arbeidsmarkt' }),
			buildDocument({ slug: 'parts', title: 'De markt voor arbeid' })
		]);
		const slugs = (q: string) => searchDocuments(words, { q, limit: 10 }).results.map((r) => r.slug);
		expect(slugs('arbeidsmarkt')).toEqual(['whole', 'parts']);
		expect(slugs('arbiedsmarkt')).toEqual(['whole', 'parts']);
	});

	it('offers a correction that finds something when nothing matches', () => {
		const outcome = searchDocuments(index, { q: 'lefkliemat', limit: 10 });
		expect(outcome.total).toBe(0);
		expect(outcome.didYouMean).toBe('leefklimaat');
		expect(searchDocuments(index, { q: 'xyzzy', limit: 10 }).didYouMean).toBeUndefined();
	});
});
