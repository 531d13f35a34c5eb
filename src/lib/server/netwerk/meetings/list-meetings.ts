import { asc, count, desc, gte, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { pageField, pageWindow, type Page } from '../../accounts/pagination.ts';
import { getDb, schema } from '../../db/index.ts';
import { parseInput } from '../../validation.ts';
import { participantOf } from './meeting-access.ts';
import { summariesOf, type MeetingSummary } from './meeting-view.ts';

const listSchema = z.object({
	when: z.enum(['upcoming', 'past']).catch('upcoming'),
	page: pageField
});

/** How many meetings one page shows. */
export const meetingPageSize = 10;

/**
 * Upcoming meetings (not yet ended, soonest first) or past ones (latest first), one page at a
 * time. Anyone may read the agenda; participants also see their own status.
 */
export async function listMeetings(
	actor: Actor | null | undefined,
	options: { when?: unknown; page?: unknown; now?: Date } = {}
): Promise<Page<MeetingSummary> & { when: 'upcoming' | 'past' }> {
	const { when, page } = parseInput(listSchema, { when: options.when, page: options.page });
	const now = options.now ?? new Date();
	const mt = schema.networkMeeting;
	const filter = when === 'upcoming' ? gte(mt.endsAt, now) : lt(mt.endsAt, now);
	const [{ total } = { total: 0 }] = await getDb().select({ total: count() }).from(mt).where(filter);
	const window = pageWindow(total, page, meetingPageSize);
	const rows = await getDb()
		.select()
		.from(mt)
		.where(filter)
		.orderBy(when === 'upcoming' ? asc(mt.startsAt) : desc(mt.startsAt), asc(mt.id))
		.limit(meetingPageSize)
		.offset(window.offset);
	const participant = await participantOf(actor);
	const items = await summariesOf(rows, participant?.id ?? null);
	return { items, total, page: window.page, pages: window.pages, pageSize: meetingPageSize, when };
}
