import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Pagination from './Pagination.svelte';

const hrefFor = (page: number) => `/lijst?pagina=${page}`;

describe('Pagination', () => {
	it('shows nothing for a list of one page', () => {
		const { body } = render(Pagination, { props: { page: 1, pages: 1, hrefFor } });
		expect(body).not.toContain('<nav');
	});

	it('links the previous and next page around the current one', () => {
		const { body } = render(Pagination, { props: { page: 2, pages: 3, hrefFor } });
		expect(body).toContain('aria-label="Paginering"');
		expect(body).toMatch(/href="\/lijst\?pagina=1" rel="prev"/);
		expect(body).toMatch(/href="\/lijst\?pagina=3" rel="next"/);
		expect(body).toMatch(/aria-current="page"[^>]*>Pagina 2 van 3</);
	});

	it('leaves out the link past either end', () => {
		const first = render(Pagination, { props: { page: 1, pages: 2, hrefFor } }).body;
		const last = render(Pagination, { props: { page: 2, pages: 2, hrefFor } }).body;
		expect(first).not.toContain('rel="prev"');
		expect(first).toContain('rel="next"');
		expect(last).toContain('rel="prev"');
		expect(last).not.toContain('rel="next"');
	});
});
