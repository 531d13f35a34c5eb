import { and, eq, sql } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { requireParticipant } from './access.ts';

/**
 * Participants: votes for a question, or withdraws the vote when they had voted (toggle). The
 * primary key (question, participant) keeps it to one vote even with two clicks at once.
 */
export async function toggleVote(
	actor: Actor,
	questionId: string
): Promise<{ voted: boolean; votes: number }> {
	const participant = await requireParticipant(actor);
	const q = schema.networkQuestion;
	const v = schema.networkQuestionVote;
	return getDb().transaction(async (tx) => {
		const [question] = await tx.select({ id: q.id }).from(q).where(eq(q.id, questionId)).for('update');
		if (!question) throw new AppError('not-found', m.netwerk.errors.questionNotFound);
		const removed = await tx
			.delete(v)
			.where(and(eq(v.questionId, questionId), eq(v.participantId, participant.id)))
			.returning({ questionId: v.questionId });
		const voted = removed.length === 0;
		if (voted) await tx.insert(v).values({ questionId, participantId: participant.id }).onConflictDoNothing();
		// Recounted rather than incremented, so the stored count cannot drift from the votes.
		const [row] = await tx
			.update(q)
			.set({ voteCount: sql`(select count(*) from ${v} where ${v.questionId} = ${questionId})::int` })
			.where(eq(q.id, questionId))
			.returning({ votes: q.voteCount });
		return { voted, votes: row?.votes ?? 0 };
	});
}
