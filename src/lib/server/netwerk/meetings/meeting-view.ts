import { inArray, sql } from 'drizzle-orm';
import { toAmsterdam } from '../../../netwerk/meetings/amsterdam-time.ts';
import { getDb, schema } from '../../db/index.ts';
import type { MeetingRow } from './meeting-access.ts';

/** A meeting as lists and pages show it (never the online link; see getMeeting). */
export interface MeetingSummary {
	id: string;
	title: string;
	theme: string;
	startsAt: Date;
	endsAt: Date;
	location: string | null;
	isOnline: boolean;
	capacity: number;
	confirmedCount: number;
	waitingCount: number;
	isCancelled: boolean;
	/** The viewer's own registration status, when they are a participant and registered. */
	ownStatus: 'confirmed' | 'waiting' | null;
}

/** Confirmed and waiting counts per meeting, for the given meetings. */
export async function seatCountsOf(meetingIds: string[]): Promise<Map<string, { confirmed: number; waiting: number }>> {
	const counts = new Map<string, { confirmed: number; waiting: number }>();
	if (meetingIds.length === 0) return counts;
	const r = schema.networkMeetingRegistration;
	const rows = await getDb()
		.select({
			meetingId: r.meetingId,
			confirmed: sql<number>`count(*) filter (where ${r.status} = 'confirmed')`.mapWith(Number),
			waiting: sql<number>`count(*) filter (where ${r.status} = 'waiting')`.mapWith(Number)
		})
		.from(r)
		.where(inArray(r.meetingId, meetingIds))
		.groupBy(r.meetingId);
	for (const row of rows) counts.set(row.meetingId, { confirmed: row.confirmed, waiting: row.waiting });
	return counts;
}

/** The participant's active registration status per meeting. */
export async function ownStatusesOf(participantId: string | null, meetingIds: string[]): Promise<Map<string, 'confirmed' | 'waiting'>> {
	const statuses = new Map<string, 'confirmed' | 'waiting'>();
	if (!participantId || meetingIds.length === 0) return statuses;
	const r = schema.networkMeetingRegistration;
	const rows = await getDb()
		.select({ meetingId: r.meetingId, status: r.status })
		.from(r)
		.where(sql`${r.participantId} = ${participantId} and ${inArray(r.meetingId, meetingIds)}`);
	for (const row of rows) {
		if (row.status === 'confirmed' || row.status === 'waiting') statuses.set(row.meetingId, row.status);
	}
	return statuses;
}

/** The summary of stored meetings, with counts and the viewer's status. */
export async function summariesOf(rows: MeetingRow[], participantId: string | null): Promise<MeetingSummary[]> {
	const ids = rows.map((row) => row.id);
	const [counts, own] = await Promise.all([seatCountsOf(ids), ownStatusesOf(participantId, ids)]);
	return rows.map((row) => ({
		id: row.id,
		title: row.title,
		theme: row.theme,
		startsAt: row.startsAt,
		endsAt: row.endsAt,
		location: row.location,
		isOnline: row.onlineUrl !== null,
		capacity: row.capacity,
		confirmedCount: counts.get(row.id)?.confirmed ?? 0,
		waitingCount: counts.get(row.id)?.waiting ?? 0,
		isCancelled: row.status === 'cancelled',
		ownStatus: own.get(row.id) ?? null
	}));
}

/** The form values of a stored meeting, in Amsterdam time (for the edit form). */
export function formValuesOf(row: MeetingRow): Record<string, string> {
	const start = toAmsterdam(row.startsAt);
	const end = toAmsterdam(row.endsAt);
	return {
		title: row.title,
		theme: row.theme,
		date: start.date,
		startTime: start.time,
		endTime: end.time,
		location: row.location ?? '',
		onlineUrl: row.onlineUrl ?? '',
		capacity: String(row.capacity),
		description: row.description,
		articleSlugs: row.articleSlugs.join('\n')
	};
}

