import { describe, expect, it } from 'vitest';
import { ariaCurrent, moduleLinks, userMenuLinks } from './navigation.ts';

const hrefs = (user: Parameters<typeof userMenuLinks>[0]) => userMenuLinks(user).map((l) => l.href);

describe('userMenuLinks', () => {
	it('gives an ordinary user only their account', () => {
		expect(hrefs({ role: 'user', organizations: [] })).toEqual(['/account']);
	});

	it.each([
		['admin', '/beheer'],
		['editor', '/kennisdossier/redactie'],
		['coordinator', '/leernetwerk/beheer'],
		['researcher', '/monitor/onderzoek']
	])('gives a %s their own area first', (role, area) => {
		expect(hrefs({ role, organizations: [] })).toEqual([area, '/account']);
	});

	it('adds "Mijn organisatie" only for managers of an organisation', () => {
		expect(hrefs({ role: 'user', organizations: [{ role: 'member' }] })).toEqual(['/account']);
		expect(hrefs({ role: 'editor', organizations: [{ role: 'member' }, { role: 'manager' }] })).toEqual([
			'/kennisdossier/redactie',
			'/organisatie',
			'/account'
		]);
	});

	it('ignores unknown roles, including inherited object keys', () => {
		expect(hrefs({ role: 'toString', organizations: [] })).toEqual(['/account']);
		expect(hrefs({ role: 'superuser', organizations: [] })).toEqual(['/account']);
	});

	it('labels the links in Dutch', () => {
		const labels = userMenuLinks({ role: 'admin', organizations: [{ role: 'manager' }] }).map((l) => l.label);
		expect(labels).toEqual(['Beheer', 'Mijn organisatie', 'Mijn account']);
	});
});

describe('ariaCurrent', () => {
	it('marks the page itself as the current page', () => {
		expect(ariaCurrent('/monitor', '/monitor')).toBe('page');
		expect(ariaCurrent('/monitor/', '/monitor')).toBe('page');
	});

	it('marks the section of a deeper page', () => {
		expect(ariaCurrent('/monitor/onderzoek', '/monitor')).toBe('true');
	});

	it('does not mark look-alike paths or the home page as a section', () => {
		expect(ariaCurrent('/monitoring', '/monitor')).toBeUndefined();
		expect(ariaCurrent('/monitor', '/')).toBeUndefined();
		expect(ariaCurrent('/', '/')).toBe('page');
	});

	it('lists the six modules in menu order', () => {
		expect(moduleLinks.map((l) => l.href)).toEqual([
			'/kennisdossier',
			'/leernetwerk',
			'/register',
			'/monitor',
			'/matching',
			'/omslagplanner'
		]);
	});
});
