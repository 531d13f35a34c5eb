import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Mails that were not sent because no SMTP_URL is set; admins read them at /beheer/e-mail. */
export const mailOutbox = pgTable(
	'mail_outbox',
	{
		id: text().primaryKey(),
		to: text().notNull(),
		subject: text().notNull(),
		text: text().notNull(),
		html: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('mail_outbox_created_at_idx').on(t.createdAt)]
);
