import type { ArticleContent, ArticleContentInput } from './article-content.ts';

/** The editor form as plain strings (what a browser submits and what the form shows again). */
export interface ArticleFormValues {
	slug: string;
	title: string;
	summary: string;
	body: string;
	theme: string;
	knowledge: string[];
	audiences: string[];
	related: string;
	sources: string;
	examples: string;
	contactName: string;
	contactRole: string;
	contactEmail: string;
	lastReviewed: string;
	reviewBy: string;
}

/** Anything with FormData's `get`/`getAll` (FormData itself, or URLSearchParams in tests). */
interface FormLike {
	get(name: string): FormDataEntryValue | null;
	getAll(name: string): FormDataEntryValue[];
}

const text = (form: FormLike, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
};

/** Reads the submitted editor form (works without JavaScript: lists are one item per line). */
export function articleFormValuesOf(form: FormLike): ArticleFormValues {
	return {
		slug: text(form, 'slug').trim(),
		title: text(form, 'title'),
		summary: text(form, 'summary'),
		body: text(form, 'body').replace(/\r\n?/g, '\n'),
		theme: text(form, 'theme'),
		knowledge: form.getAll('knowledge').map(String),
		audiences: form.getAll('audiences').map(String),
		related: text(form, 'related'),
		sources: text(form, 'sources').replace(/\r\n?/g, '\n'),
		examples: text(form, 'examples').replace(/\r\n?/g, '\n'),
		contactName: text(form, 'contactName'),
		contactRole: text(form, 'contactRole'),
		contactEmail: text(form, 'contactEmail'),
		lastReviewed: text(form, 'lastReviewed').trim(),
		reviewBy: text(form, 'reviewBy').trim()
	};
}

// "a | b | c" → ['a', 'b', 'c'], trimmed; empty lines are skipped by the callers.
function cells(line: string): string[] {
	return line.split('|').map((cell) => cell.trim());
}

const lines = (value: string) => value.split('\n').filter((line) => line.trim() !== '');
const orUndefined = (value: string | undefined) => (value ? value : undefined);

/** Turns the form into content input for the schema (which validates it with Dutch messages). */
export function articleInputFromForm(values: ArticleFormValues): ArticleContentInput {
	const contact =
		values.contactName.trim() || values.contactRole.trim() || values.contactEmail.trim()
			? { name: values.contactName, role: values.contactRole, email: values.contactEmail }
			: undefined;
	return {
		title: values.title,
		summary: values.summary,
		body: values.body,
		theme: values.theme,
		knowledge: values.knowledge as ArticleContentInput['knowledge'],
		audiences: values.audiences as ArticleContentInput['audiences'],
		related: values.related
			.split(/[,\n]/)
			.map((slug) => slug.trim())
			.filter((slug) => slug !== ''),
		sources: lines(values.sources).map((line) => {
			const [title = '', authors, year, url, doi] = cells(line);
			return {
				title,
				authors: orUndefined(authors),
				year: orUndefined(year),
				url: orUndefined(url),
				doi: orUndefined(doi)
			};
		}) as ArticleContentInput['sources'],
		examples: lines(values.examples).map((line) => {
			const [provider = '', place, what = '', learned] = cells(line);
			return { provider, place: orUndefined(place), what, learned: orUndefined(learned) };
		}),
		contact,
		lastReviewed: orUndefined(values.lastReviewed),
		reviewBy: orUndefined(values.reviewBy)
	};
}

/** The form values that show stored content for editing (the inverse of articleInputFromForm). */
export function articleFormValuesFromContent(slug: string, content: ArticleContent): ArticleFormValues {
	const row = (...parts: (string | number | undefined)[]) => {
		const cellsOut = parts.map((part) => (part === undefined ? '' : String(part)));
		while (cellsOut.length > 1 && cellsOut.at(-1) === '') cellsOut.pop();
		return cellsOut.join(' | ');
	};
	return {
		slug,
		title: content.title,
		summary: content.summary,
		body: content.body,
		theme: content.theme,
		knowledge: [...content.knowledge],
		audiences: [...content.audiences],
		related: content.related.join(', '),
		sources: content.sources.map((s) => row(s.title, s.authors, s.year, s.url, s.doi)).join('\n'),
		examples: content.examples.map((e) => row(e.provider, e.place, e.what, e.learned)).join('\n'),
		contactName: content.contact?.name ?? '',
		contactRole: content.contact?.role ?? '',
		contactEmail: content.contact?.email ?? '',
		lastReviewed: content.lastReviewed ?? '',
		reviewBy: content.reviewBy ?? ''
	};
}

/** An empty form for a new article. */
export function emptyArticleForm(theme = ''): ArticleFormValues {
	return {
		slug: '',
		title: '',
		summary: '',
		body: '',
		theme,
		knowledge: [],
		audiences: [],
		related: '',
		sources: '',
		examples: '',
		contactName: '',
		contactRole: '',
		contactEmail: '',
		lastReviewed: '',
		reviewBy: ''
	};
}
