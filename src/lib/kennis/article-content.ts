import { z } from 'zod';
import { m } from '../i18n/nl.ts';

const t = m.kennis.fields;

/** The three kinds of knowledge the dossier distinguishes. */
export const knowledgeKinds = ['wetenschappelijk', 'praktijk', 'ervaring'] as const;
/** The three audiences an article is written for. */
export const audiences = ['professionals', 'beleidsmakers', 'jongeren-en-ouders'] as const;
/** The editorial states of an article, in workflow order. */
export const articleStatuses = ['draft', 'review', 'published', 'archived'] as const;

export type KnowledgeKind = (typeof knowledgeKinds)[number];
export type Audience = (typeof audiences)[number];
export type ArticleStatus = (typeof articleStatuses)[number];

/** A slug: lower-case letters, digits and single hyphens. */
export const slugSchema = z
	.string({ error: t.slug.invalid })
	.trim()
	.min(1, t.slug.invalid)
	.max(120, t.slug.invalid)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, t.slug.invalid);

/** An ISO date (YYYY-MM-DD); YAML may already have turned it into a Date. */
const isoDate = (message: string) =>
	z.preprocess(
		(value) =>
			value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value,
		z
			.string({ error: message })
			.trim()
			.regex(/^\d{4}-\d{2}-\d{2}$/, message)
			.refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), message)
	);

/** Empty strings from forms mean "not given". */
const optionalText = (max: number, message: string) =>
	z.preprocess(
		(value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
		z.string({ error: message }).trim().max(max, message).optional()
	);

const sourceSchema = z.object({
	title: z.string({ error: t.sources.title }).trim().min(1, t.sources.title).max(300, t.sources.title),
	authors: optionalText(300, t.sources.authors),
	year: z.coerce
		.number({ error: t.sources.year })
		.int(t.sources.year)
		.min(1800, t.sources.year)
		.max(2100, t.sources.year)
		.optional(),
	url: z.preprocess(
		(value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
		z.url({ error: t.sources.url, protocol: /^https?$/ }).optional()
	),
	doi: optionalText(200, t.sources.doi)
});

const exampleSchema = z.object({
	provider: z
		.string({ error: t.examples.provider })
		.trim()
		.min(1, t.examples.provider)
		.max(200, t.examples.provider),
	place: optionalText(200, t.examples.place),
	what: z.string({ error: t.examples.what }).trim().min(1, t.examples.what).max(2000, t.examples.what),
	learned: optionalText(2000, t.examples.learned)
});

const contactSchema = z.object({
	name: z.string({ error: t.contact.name }).trim().min(1, t.contact.name).max(200, t.contact.name),
	role: optionalText(200, t.contact.role),
	email: z.preprocess(
		(value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
		z.email({ error: t.contact.email }).optional()
	)
});

/**
 * Everything an editor writes about one article; one revision stores one of these. The same
 * schema validates the editor form, the import files and any API input.
 */
export const articleContentSchema = z.object({
	title: z.string({ error: t.title }).trim().min(3, t.title).max(200, t.title),
	summary: z.string({ error: t.summary }).trim().min(10, t.summary).max(1000, t.summary),
	body: z.string({ error: t.body }).max(200_000, t.body).default(''),
	theme: z
		.string({ error: t.theme })
		.trim()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, t.theme),
	knowledge: z
		.array(z.enum(knowledgeKinds, { error: t.knowledge }), { error: t.knowledge })
		.default([])
		.transform((list) => [...new Set(list)]),
	audiences: z
		.array(z.enum(audiences, { error: t.audiences }), { error: t.audiences })
		.default([])
		.transform((list) => [...new Set(list)]),
	related: z.array(slugSchema, { error: t.related }).default([]),
	sources: z.array(sourceSchema, { error: t.sources.list }).default([]),
	examples: z.array(exampleSchema, { error: t.examples.list }).default([]),
	contact: contactSchema.optional(),
	lastReviewed: isoDate(t.lastReviewed).optional(),
	reviewBy: isoDate(t.reviewBy).optional()
});

export type ArticleContentInput = z.input<typeof articleContentSchema>;
export type ArticleContent = z.output<typeof articleContentSchema>;
export type ArticleSource = ArticleContent['sources'][number];
export type PracticeExample = ArticleContent['examples'][number];
export type ArticleContact = NonNullable<ArticleContent['contact']>;

/** A slug derived from a title: lower case, accents removed, words joined by hyphens. */
export function slugify(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 120)
		.replace(/-+$/g, '');
}

/** Whether two contents are the same (decides whether a save or import makes a new revision). */
export function isSameContent(a: ArticleContent, b: ArticleContent): boolean {
	return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

// Key order and undefined fields must not make two equal contents look different.
function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value)
				.filter(([, v]) => v !== undefined)
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([k, v]) => [k, canonical(v)])
		);
	}
	return value;
}
