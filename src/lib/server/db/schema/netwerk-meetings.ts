import {
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { networkParticipant, networkQuestion } from './netwerk.ts';

// Tables of the praktijkleernetwerk's meetings: meetings, registrations with their waiting list,
// linked questions and the personal calendar feeds. See docs/decisions/0012.

/**
 * Meetings of the network. Times are stored as UTC instants; the form speaks Europe/Amsterdam.
 * `sequence` goes up on every change so calendar programs replace their copy (ICS SEQUENCE).
 * `status`: 'scheduled' | 'cancelled'.
 */
export const networkMeeting = pgTable(
	'network_meeting',
	{
		id: text().primaryKey(),
		title: text().notNull(),
		theme: text().notNull(),
		startsAt: timestamp({ withTimezone: true }).notNull(),
		endsAt: timestamp({ withTimezone: true }).notNull(),
		location: text(),
		onlineUrl: text(),
		capacity: integer().notNull(),
		description: text().notNull().default(''),
		/** Slugs of linked dossier articles (no foreign key: the kennis schema is its own module). */
		articleSlugs: jsonb().$type<string[]>().notNull().default([]),
		status: text().notNull().default('scheduled'),
		sequence: integer().notNull().default(0),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('network_meeting_starts_at_idx').on(t.startsAt, t.id)]
);

/**
 * One participant's registration for one meeting. `status`: 'confirmed' | 'waiting' | 'cancelled'.
 * `queueNumber` orders the waiting list (first come, first served); it is handed out while the
 * meeting row is locked, so it is unique per meeting. Re-registering after cancelling reuses the row.
 */
export const networkMeetingRegistration = pgTable(
	'network_meeting_registration',
	{
		id: text().primaryKey(),
		meetingId: text()
			.notNull()
			.references(() => networkMeeting.id, { onDelete: 'cascade' }),
		participantId: text()
			.notNull()
			.references(() => networkParticipant.id, { onDelete: 'cascade' }),
		status: text().notNull(),
		queueNumber: integer().notNull(),
		registeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		promotedAt: timestamp({ withTimezone: true }),
		cancelledAt: timestamp({ withTimezone: true }),
		/** Recorded by the coordinator after the meeting; null = not recorded yet. */
		attended: boolean(),
		/** Set when the reminder mail went out, so a retried job never mails twice. */
		reminderSentAt: timestamp({ withTimezone: true })
	},
	(t) => [
		uniqueIndex('network_meeting_registration_unique_idx').on(t.meetingId, t.participantId),
		uniqueIndex('network_meeting_registration_queue_idx').on(t.meetingId, t.queueNumber),
		index('network_meeting_registration_participant_idx').on(t.participantId)
	]
);

/** Questions from the board that a meeting takes up (its agenda). */
export const meetingQuestion = pgTable(
	'meeting_question',
	{
		meetingId: text()
			.notNull()
			.references(() => networkMeeting.id, { onDelete: 'cascade' }),
		questionId: text()
			.notNull()
			.references(() => networkQuestion.id, { onDelete: 'cascade' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.meetingId, t.questionId] }),
		index('meeting_question_question_idx').on(t.questionId)
	]
);

/** A participant's personal calendar feed: only the SHA-256 of the secret token is stored. */
export const networkCalendarFeed = pgTable('network_calendar_feed', {
	participantId: text()
		.primaryKey()
		.references(() => networkParticipant.id, { onDelete: 'cascade' }),
	tokenHash: text().notNull().unique(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
