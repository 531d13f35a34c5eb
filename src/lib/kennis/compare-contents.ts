import { diffLines, diffWords } from 'diff';
import type { ArticleContent } from './article-content.ts';

/** One piece of a field's diff: unchanged, added or removed text. */
export interface DiffPart {
	kind: 'same' | 'added' | 'removed';
	text: string;
}

/** The changes in one field between two revisions. */
export interface FieldDiff {
	field: keyof ArticleContent;
	parts: DiffPart[];
}

// Fields in the order an editor reads the form.
const fields: (keyof ArticleContent)[] = [
	'title',
	'summary',
	'theme',
	'knowledge',
	'audiences',
	'body',
	'sources',
	'examples',
	'related',
	'contact',
	'lastReviewed',
	'reviewBy'
];

/** A readable text form of one field, one item per line, so a line diff shows what changed. */
export function fieldText(content: ArticleContent, field: keyof ArticleContent): string {
	const value = content[field];
	if (value === undefined) return '';
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) {
		return value
			.map((item) =>
				typeof item === 'string'
					? item
					: Object.values(item)
							.filter((v) => v !== undefined)
							.join(' | ')
			)
			.join('\n');
	}
	return Object.values(value)
		.filter((v) => v !== undefined)
		.join(' | ');
}

/**
 * The differences between two revisions, per changed field: word by word for short fields,
 * line by line for the body and lists (a word diff of a long text is hard to read).
 */
export function compareContents(before: ArticleContent, after: ArticleContent): FieldDiff[] {
	const result: FieldDiff[] = [];
	for (const field of fields) {
		const a = fieldText(before, field);
		const b = fieldText(after, field);
		if (a === b) continue;
		const isLong = field === 'body' || a.includes('\n') || b.includes('\n');
		const changes = isLong ? diffLines(a, b) : diffWords(a, b);
		result.push({
			field,
			parts: changes.map((change) => ({
				kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
				text: change.value
			}))
		});
	}
	return result;
}
