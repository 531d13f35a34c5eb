import { asc, desc, eq } from 'drizzle-orm';
import { getDb, schema } from '../../db/index.ts';

/** A question from the board on a meeting's agenda. */
export interface MeetingQuestion {
	id: string;
	title: string;
	theme: string;
	status: string;
	voteCount: number;
}

/** The questions linked to a meeting, most votes first. Public, like the questions board. */
export async function listQuestionsForMeeting(meetingId: string): Promise<MeetingQuestion[]> {
	const q = schema.networkQuestion;
	return getDb()
		.select({ id: q.id, title: q.title, theme: q.theme, status: q.status, voteCount: q.voteCount })
		.from(schema.meetingQuestion)
		.innerJoin(q, eq(q.id, schema.meetingQuestion.questionId))
		.where(eq(schema.meetingQuestion.meetingId, meetingId))
		.orderBy(desc(q.voteCount), asc(q.createdAt), asc(q.id));
}
