import { and, asc, eq, isNotNull, lte, ne } from 'drizzle-orm';
import { REVIEW_SOON_DAYS, reviewHorizon, reviewStateOf, type ReviewState } from '../../kennis/review-due.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { requireEditor } from './kennis-access.ts';

/** An article whose review date is past or near. */
export interface ReviewDueRow {
	slug: string;
	title: string;
	status: string;
	reviewBy: string;
	lastReviewed: string | null;
	state: ReviewState;
}

const a = schema.kennisArticle;
const r = schema.kennisRevision;

/** Articles (not archived) whose latest revision's review date is past or within the horizon. */
export async function listReviewDue(
	actor: Actor | null | undefined,
	options: { now?: Date; soonDays?: number } = {}
): Promise<{ rows: ReviewDueRow[]; soonDays: number }> {
	requireEditor(actor);
	const now = options.now ?? new Date();
	const soonDays = options.soonDays ?? REVIEW_SOON_DAYS;
	const rows = await getDb()
		.select({ slug: a.slug, status: a.status, content: r.content, reviewBy: r.reviewBy })
		.from(a)
		.innerJoin(r, and(eq(r.articleId, a.id), eq(r.number, a.latestRevision)))
		.where(
			and(ne(a.status, 'archived'), isNotNull(r.reviewBy), lte(r.reviewBy, reviewHorizon(now, soonDays)))
		)
		.orderBy(asc(r.reviewBy), asc(a.slug));
	return {
		soonDays,
		rows: rows.map((row) => ({
			slug: row.slug,
			title: row.content.title,
			status: row.status,
			reviewBy: row.reviewBy!,
			lastReviewed: row.content.lastReviewed ?? null,
			state: reviewStateOf(row.reviewBy, now, soonDays)
		}))
	};
}
