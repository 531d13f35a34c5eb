import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { compareContents, type FieldDiff } from '../../kennis/compare-contents.ts';
import type { Actor } from '../accounts/actor.ts';
import { parseInput } from '../validation.ts';
import { findArticle, findRevision } from './article-store.ts';
import { requireEditor } from './kennis-access.ts';

const choose = m.kennis.errors.revisionChoice;
const revisionNumber = z.coerce.number({ error: choose }).int(choose).min(1, choose);
const compareSchema = z.object({ from: revisionNumber, to: revisionNumber });

/** The field-by-field difference between two revisions of an article (editors and admins only). */
export async function compareRevisions(
	actor: Actor | null | undefined,
	options: { slug: string; from: unknown; to: unknown }
): Promise<{ from: number; to: number; fields: FieldDiff[] }> {
	requireEditor(actor);
	const { from, to } = parseInput(compareSchema, { from: options.from, to: options.to });
	const article = await findArticle(options.slug);
	const [before, after] = await Promise.all([findRevision(article.id, from), findRevision(article.id, to)]);
	return { from, to, fields: compareContents(before.content, after.content) };
}
