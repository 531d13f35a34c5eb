import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError, isAppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { assertCoordinator } from './access.ts';
import { optionalText } from './fields.ts';
import { linkQuestionToMeeting } from './meetings/link-question.ts';

const e = m.netwerk.errors;

const statusSchema = z
	.object({
		status: z.enum(['open', 'scheduled', 'answered'], e.statusInvalid),
		meetingId: optionalText(100, e.meetingRequired),
		answerArticleSlug: optionalText(200, e.articleSlugInvalid).pipe(
			z
				.string()
				.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, e.articleSlugInvalid)
				.optional()
		),
		answerReplyId: optionalText(100, e.replyUnknown)
	})
	.superRefine((v, ctx) => {
		if (v.status === 'scheduled' && !v.meetingId) {
			ctx.addIssue({ code: 'custom', path: ['meetingId'], message: e.meetingRequired });
		}
		if (v.status === 'answered' && !v.answerArticleSlug && !v.answerReplyId) {
			ctx.addIssue({ code: 'custom', path: ['answerArticleSlug'], message: e.answerRequired });
		}
	});

/**
 * Coordinator: sets a question's status — open, on the agenda of a meeting (linked through the
 * meetings part), or answered (with a dossier article slug and/or the reply that answers it).
 * Answer links are cleared on reopening; meeting links stay (a meeting took it up).
 */
export async function setQuestionStatus(
	actor: Actor,
	questionId: string,
	input: unknown,
	now = new Date()
): Promise<void> {
	assertCoordinator(actor);
	const data = parseInput(statusSchema, input);
	const db = getDb();
	const q = schema.networkQuestion;
	const [question] = await db.select({ id: q.id }).from(q).where(eq(q.id, questionId));
	if (!question) throw new AppError('not-found', e.questionNotFound);
	if (data.answerReplyId) {
		const r = schema.networkQuestionReply;
		const [reply] = await db
			.select({ id: r.id })
			.from(r)
			.where(and(eq(r.id, data.answerReplyId), eq(r.questionId, questionId)));
		if (!reply)
			throw new AppError('invalid-input', e.replyUnknown, [
				{ path: 'answerReplyId', message: e.replyUnknown }
			]);
	}
	// The agenda link lives with the meetings; it checks that the meeting exists.
	if (data.status === 'scheduled' && data.meetingId) {
		try {
			await linkQuestionToMeeting(actor, questionId, data.meetingId);
		} catch (err) {
			if (isAppError(err) && err.code === 'not-found') {
				throw new AppError('invalid-input', e.meetingRequired, [
					{ path: 'meetingId', message: e.meetingRequired }
				]);
			}
			throw err;
		}
	}
	const answered = data.status === 'answered';
	await db
		.update(q)
		.set({
			status: data.status,
			answerArticleSlug: answered ? (data.answerArticleSlug ?? null) : null,
			answerReplyId: answered ? (data.answerReplyId ?? null) : null,
			updatedAt: now
		})
		.where(eq(q.id, questionId));
}
