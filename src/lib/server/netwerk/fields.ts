import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { networkThemeSlugs } from '../../netwerk/themes.ts';

// The zod fields the network's forms share, with Dutch messages that name the field.
const e = m.netwerk.errors;

/** A form value that is empty or absent counts as not given. */
export const optionalText = (max: number, message: string) =>
	z
		.string()
		.trim()
		.max(max, message)
		.optional()
		.transform((v) => (v ? v : undefined));

/** A theme slug from the fixed list. */
export const themeField = z.enum(networkThemeSlugs, e.themeInvalid);

/** A question's theme (required). */
export const questionThemeField = z.string(e.themeRequired).trim().min(1, e.themeRequired).pipe(themeField);

/** An id (uuid or better-auth id) from a form. */
export const rowIdField = z.string(e.itemNotFound).trim().min(1, e.itemNotFound).max(100, e.itemNotFound);
