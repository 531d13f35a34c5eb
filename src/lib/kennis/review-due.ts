/** How urgent an article's review is on a given day. */
export type ReviewState = 'overdue' | 'soon' | 'later' | 'none';

/** Days ahead that count as "near" for the review page. */
export const REVIEW_SOON_DAYS = 60;

/** Whether a review date (YYYY-MM-DD) is past, within `soonDays` of `today`, later, or missing. */
export function reviewStateOf(
	reviewBy: string | null | undefined,
	today: Date,
	soonDays: number = REVIEW_SOON_DAYS
): ReviewState {
	if (!reviewBy) return 'none';
	const due = Date.parse(`${reviewBy}T00:00:00Z`);
	if (Number.isNaN(due)) return 'none';
	const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
	if (due < day) return 'overdue';
	if (due <= day + soonDays * 86_400_000) return 'soon';
	return 'later';
}

/** The last day (YYYY-MM-DD) that still counts as "near" seen from `today`. */
export function reviewHorizon(today: Date, soonDays: number = REVIEW_SOON_DAYS): string {
	const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
	return new Date(day + soonDays * 86_400_000).toISOString().slice(0, 10);
}
