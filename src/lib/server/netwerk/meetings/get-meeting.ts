import { and, eq } from 'drizzle-orm';
import { waitingPosition } from '../../../netwerk/meetings/waiting-list.ts';
import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { findMeeting, isCoordinator, participantOf } from './meeting-access.ts';
import { listQuestionsForMeeting, type MeetingQuestion } from './list-questions-for-meeting.ts';
import { formValuesOf, summariesOf, type MeetingSummary } from './meeting-view.ts';

/** Everything the meeting page shows. */
export interface MeetingDetail extends MeetingSummary {
	description: string;
	articleSlugs: string[];
	/** Only for the coordinator and for registered (or waiting) participants. */
	onlineUrl: string | null;
	questions: MeetingQuestion[];
	/** The viewer's own registration, with their place on the waiting list. */
	ownRegistration: { id: string; status: 'confirmed' | 'waiting'; position: number | null } | null;
	isParticipant: boolean;
	canManage: boolean;
	/** The form values in Amsterdam time (for the edit form). */
	formValues: Record<string, string>;
}

/** One meeting for its page. Anyone may read it; the online link only those who take part. */
export async function getMeeting(
	actor: Actor | null | undefined,
	options: { meetingId: string }
): Promise<MeetingDetail> {
	const row = await findMeeting(options.meetingId);
	const participant = await participantOf(actor);
	const [summary] = await summariesOf([row], participant?.id ?? null);
	let ownRegistration: MeetingDetail['ownRegistration'] = null;
	if (participant) {
		const r = schema.networkMeetingRegistration;
		const [own] = await getDb()
			.select({ id: r.id, status: r.status })
			.from(r)
			.where(and(eq(r.meetingId, row.id), eq(r.participantId, participant.id)));
		if (own && (own.status === 'confirmed' || own.status === 'waiting')) {
			const queue = await getDb()
				.select({ id: r.id, status: r.status, queueNumber: r.queueNumber })
				.from(r)
				.where(eq(r.meetingId, row.id));
			const entries = queue.map((q) => ({ ...q, status: q.status as 'confirmed' | 'waiting' | 'cancelled' }));
			ownRegistration = { id: own.id, status: own.status, position: waitingPosition(entries, own.id) };
		}
	}
	const canManage = isCoordinator(actor);
	return {
		...summary!,
		description: row.description,
		articleSlugs: row.articleSlugs,
		onlineUrl: canManage || ownRegistration ? row.onlineUrl : null,
		questions: await listQuestionsForMeeting(row.id),
		ownRegistration,
		isParticipant: participant !== null,
		canManage,
		formValues: formValuesOf(row)
	};
}
