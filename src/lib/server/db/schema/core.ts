import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Key/value settings the platform keeps for itself (e.g. a generated auth secret). */
export const appSetting = pgTable('app_setting', {
	key: text('key').primaryKey(),
	value: text('value').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
