import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { organization, user } from './auth.ts';

// Tables of the praktijkleernetwerk (sign-up, participants, questions board, consortium pages).
// Meetings and registrations live in netwerk-meetings.ts.

/**
 * People who signed up for the praktijkleernetwerk. A sign-up starts 'pending' with only a hash of
 * the confirmation token; confirming (double opt-in) makes it 'active' and links it to an account
 * (`userId`). Pending sign-ups are removed after 7 days by a recurring job.
 */
export const networkParticipant = pgTable(
	'network_participant',
	{
		id: text().primaryKey(),
		/** The account; null while pending (the account is created or linked on confirmation). */
		userId: text()
			.unique()
			.references(() => user.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		/** Lower-cased e-mail address as entered; pending duplicates are replaced on a new sign-up. */
		email: text().notNull(),
		organizationId: text().references(() => organization.id, { onDelete: 'set null' }),
		/** An organisation the participant proposed by name; the coordinator approves, merges or rejects it. */
		proposedOrganizationName: text(),
		/** Their job role (free text, e.g. "pedagogisch medewerker"). */
		role: text().notNull(),
		themes: text().array().notNull().default([]),
		/** Version of the registration consent text they agreed to, and when. */
		consentVersion: text().notNull(),
		consentAt: timestamp({ withTimezone: true }).notNull(),
		/** 'pending' (not yet confirmed) or 'active'. */
		status: text().notNull().default('pending'),
		/** SHA-256 of the confirmation token (the token itself is only in the mail). */
		confirmationTokenHash: text().unique(),
		confirmationExpiresAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		confirmedAt: timestamp({ withTimezone: true })
	},
	(t) => [
		index('network_participant_status_idx').on(t.status, t.createdAt),
		index('network_participant_email_idx').on(t.email),
		index('network_participant_organization_idx').on(t.organizationId)
	]
);

/**
 * Optional consents beyond registration (e.g. being listed by name to other participants), each
 * with the version of its text and when it was given; withdrawing sets `withdrawnAt`.
 */
export const networkConsent = pgTable(
	'network_consent',
	{
		id: text().primaryKey(),
		participantId: text()
			.notNull()
			.references(() => networkParticipant.id, { onDelete: 'cascade' }),
		kind: text().notNull(),
		version: text().notNull(),
		givenAt: timestamp({ withTimezone: true }).notNull(),
		withdrawnAt: timestamp({ withTimezone: true })
	},
	(t) => [index('network_consent_participant_idx').on(t.participantId)]
);

/**
 * Questions from practice on the questions board. `participantId` becomes null when the author
 * deletes their account: the question stays, anonymised. `status`: open | scheduled | answered.
 */
export const networkQuestion = pgTable(
	'network_question',
	{
		id: text().primaryKey(),
		participantId: text().references(() => networkParticipant.id, { onDelete: 'set null' }),
		title: text().notNull(),
		body: text().notNull(),
		theme: text().notNull(),
		status: text().notNull().default('open'),
		/** When answered: a dossier article slug and/or the reply that answers it. */
		answerArticleSlug: text(),
		answerReplyId: text(),
		/** Kept in step with network_question_vote so the board sorts by votes without counting. */
		voteCount: integer().notNull().default(0),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('network_question_votes_idx').on(t.voteCount, t.createdAt),
		index('network_question_created_idx').on(t.createdAt),
		index('network_question_theme_idx').on(t.theme)
	]
);

/** One vote per participant per question (the primary key enforces "once"). */
export const networkQuestionVote = pgTable(
	'network_question_vote',
	{
		questionId: text()
			.notNull()
			.references(() => networkQuestion.id, { onDelete: 'cascade' }),
		participantId: text()
			.notNull()
			.references(() => networkParticipant.id, { onDelete: 'cascade' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.questionId, t.participantId] }),
		index('network_question_vote_participant_idx').on(t.participantId)
	]
);

/** Replies to a question; `participantId` null after the author deleted their account. */
export const networkQuestionReply = pgTable(
	'network_question_reply',
	{
		id: text().primaryKey(),
		questionId: text()
			.notNull()
			.references(() => networkQuestion.id, { onDelete: 'cascade' }),
		participantId: text().references(() => networkParticipant.id, { onDelete: 'set null' }),
		body: text().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('network_question_reply_question_idx').on(t.questionId, t.createdAt),
		index('network_question_reply_participant_idx').on(t.participantId)
	]
);

/**
 * Members of the consortium and of the klankbordgroep (`kind`: 'consortium' | 'klankbordgroep'),
 * edited by the coordinator; `position` orders the public list.
 */
export const networkGroupMember = pgTable(
	'network_group_member',
	{
		id: text().primaryKey(),
		kind: text().notNull(),
		name: text().notNull(),
		/** Their part, e.g. "aanbieder", "penvoerder", "ervaringsdeskundige". */
		description: text(),
		website: text(),
		position: integer().notNull().default(0),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('network_group_member_name_idx').on(t.kind, t.name)]
);

/** Items of the research agenda with their status (planned | running | done). */
export const networkResearchItem = pgTable('network_research_item', {
	id: text().primaryKey(),
	title: text().notNull(),
	description: text(),
	status: text().notNull().default('planned'),
	position: integer().notNull().default(0),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
