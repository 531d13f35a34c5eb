import { eq } from 'drizzle-orm';
import { registrationConsent } from '../../netwerk/consent.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { requireParticipant } from './access.ts';
import { collectMeetingData } from './meetings/participant-data.ts';

/** Everything the network stores about one participant (AVG art. 15/20), as plain JSON data. */
export interface ParticipantDataExport {
	exportedAt: string;
	participant: {
		name: string;
		email: string;
		organization: string | null;
		proposedOrganization: string | null;
		role: string;
		themes: string[];
		signedUpAt: string;
		confirmedAt: string | null;
	};
	consents: { kind: string; version: string; givenAt: string; withdrawnAt: string | null }[];
	questions: { id: string; title: string; body: string; theme: string; status: string; createdAt: string }[];
	replies: { id: string; questionId: string; body: string; createdAt: string }[];
	votes: { questionId: string; questionTitle: string; createdAt: string }[];
	meetings: Awaited<ReturnType<typeof collectMeetingData>>;
}

/** The actor's own network data as JSON (participants only, and only their own). */
export async function exportParticipantData(actor: Actor, now = new Date()): Promise<ParticipantDataExport> {
	const { id } = await requireParticipant(actor);
	const db = getDb();
	const p = schema.networkParticipant;
	const [row] = await db
		.select({ participant: p, organization: schema.organization.name })
		.from(p)
		.leftJoin(schema.organization, eq(schema.organization.id, p.organizationId))
		.where(eq(p.id, id));
	const me = row!.participant;
	const c = schema.networkConsent;
	const optional = await db.select().from(c).where(eq(c.participantId, id)).orderBy(c.givenAt);
	const q = schema.networkQuestion;
	const questions = await db.select().from(q).where(eq(q.participantId, id)).orderBy(q.createdAt);
	const r = schema.networkQuestionReply;
	const replies = await db.select().from(r).where(eq(r.participantId, id)).orderBy(r.createdAt);
	const v = schema.networkQuestionVote;
	const votes = await db
		.select({ questionId: v.questionId, questionTitle: q.title, createdAt: v.createdAt })
		.from(v)
		.innerJoin(q, eq(q.id, v.questionId))
		.where(eq(v.participantId, id))
		.orderBy(v.createdAt);

	return {
		exportedAt: now.toISOString(),
		participant: {
			name: me.name,
			email: me.email,
			organization: row!.organization,
			proposedOrganization: me.proposedOrganizationName,
			role: me.role,
			themes: me.themes,
			signedUpAt: me.createdAt.toISOString(),
			confirmedAt: me.confirmedAt?.toISOString() ?? null
		},
		consents: [
			{
				kind: registrationConsent.kind,
				version: me.consentVersion,
				givenAt: me.consentAt.toISOString(),
				withdrawnAt: null
			},
			...optional.map((o) => ({
				kind: o.kind,
				version: o.version,
				givenAt: o.givenAt.toISOString(),
				withdrawnAt: o.withdrawnAt?.toISOString() ?? null
			}))
		],
		questions: questions.map((x) => ({
			id: x.id,
			title: x.title,
			body: x.body,
			theme: x.theme,
			status: x.status,
			createdAt: x.createdAt.toISOString()
		})),
		replies: replies.map((x) => ({
			id: x.id,
			questionId: x.questionId,
			body: x.body,
			createdAt: x.createdAt.toISOString()
		})),
		votes: votes.map((x) => ({
			questionId: x.questionId,
			questionTitle: x.questionTitle,
			createdAt: x.createdAt.toISOString()
		})),
		meetings: await collectMeetingData(id)
	};
}
