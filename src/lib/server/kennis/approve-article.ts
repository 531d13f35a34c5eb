import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { findArticle, logEvent } from './article-store.ts';
import { hasWorkedOn } from './four-eyes.ts';
import { authorOf, requireEditor } from './kennis-access.ts';
import { invalidateSearchIndex } from './search/invalidate-search-index.ts';

const overrideSchema = z.object({
	note: z
		.string({ error: m.kennis.errors.overrideNote })
		.trim()
		.min(3, m.kennis.errors.overrideNote)
		.max(500, m.kennis.errors.overrideNote)
});

/**
 * Publishes the revision under review. A different editor must approve (four-eyes). An admin may
 * override that rule, or publish a draft that skipped review, only with a reason: the override is
 * recorded in the log as its own action.
 */
export async function approveArticle(
	actor: Actor | null | undefined,
	options: { slug: string; override?: boolean; note?: string | null; now?: Date }
): Promise<{ slug: string; publishedRevision: number; override: boolean }> {
	const editor = requireEditor(actor);
	const article = await findArticle(options.slug);
	const isReview = article.status === 'review';
	const isOwnWork = await hasWorkedOn(editor, article);
	const needsOverride = !isReview || isOwnWork;
	let note: string | null = null;
	if (needsOverride) {
		if (editor.role !== 'admin' || !options.override) {
			if (!isReview) throw new AppError('conflict', m.kennis.errors.notInReview);
			throw new AppError('forbidden', m.kennis.errors.fourEyes);
		}
		if (article.status === 'published' && article.publishedRevision === article.latestRevision) {
			throw new AppError('conflict', m.kennis.errors.notInReview);
		}
		note = parseInput(overrideSchema, { note: options.note ?? '' }).note;
	}
	const author = await authorOf(editor);
	const now = options.now ?? new Date();
	await getDb().transaction(async (tx) => {
		const updated = await tx
			.update(schema.kennisArticle)
			.set({
				status: 'published',
				publishedRevision: article.latestRevision,
				submittedById: null,
				publishedAt: now,
				firstPublishedAt: article.firstPublishedAt ?? now,
				updatedAt: now
			})
			.where(
				and(
					eq(schema.kennisArticle.id, article.id),
					eq(schema.kennisArticle.latestRevision, article.latestRevision),
					eq(schema.kennisArticle.status, article.status)
				)
			)
			.returning({ id: schema.kennisArticle.id });
		if (updated.length === 0) throw new AppError('conflict', m.kennis.errors.staleRevision);
		await logEvent(tx, {
			articleId: article.id,
			revision: article.latestRevision,
			action: needsOverride ? 'override' : 'approved',
			author,
			note
		});
	});
	invalidateSearchIndex();
	return { slug: article.slug, publishedRevision: article.latestRevision, override: needsOverride };
}
