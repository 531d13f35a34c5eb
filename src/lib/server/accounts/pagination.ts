import { z } from 'zod';

/** A page number from a query string: whole, at least 1; anything else means page 1. */
export const pageField = z.coerce.number().int().min(1).max(100_000).catch(1);

export interface Page<T> {
	items: T[];
	total: number;
	page: number;
	pages: number;
	pageSize: number;
}

/** The page metadata for `total` rows, with the requested page clamped into range. */
export function pageWindow(total: number, requested: number, pageSize: number): { page: number; pages: number; offset: number } {
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(1, requested), pages);
	return { page, pages, offset: (page - 1) * pageSize };
}
