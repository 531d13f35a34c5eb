import { index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ReportValues } from '../../../monitor/report-input.ts';
import { organization, user } from './auth.ts';
import { home } from './register.ts';

/**
 * Tables of the monitor module: the quarterly report of each home (the current figures, one row
 * per home and quarter) and every version of it, so corrections keep who changed what and when.
 */
export const quarterlyReport = pgTable(
	'quarterly_report',
	{
		id: text().primaryKey(),
		homeId: text()
			.notNull()
			.references(() => home.id, { onDelete: 'cascade' }),
		/** Denormalised from the home so reminders and provider dashboards need no join. */
		organizationId: text()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		/** "2025Q3" */
		quarter: text().notNull(),
		youthDays: integer().notNull(),
		intake: integer().notNull(),
		dischargePlanned: integer().notNull(),
		dischargeUnplanned: integer().notNull(),
		waitingList: integer().notNull(),
		averageStayDays: numeric({ precision: 7, scale: 1, mode: 'number' }).notNull(),
		/** Share of youths at school or work, whole percent 0–100. */
		educationPercent: integer().notNull(),
		carersLeft: integer().notNull(),
		carersJoined: integer().notNull(),
		openVacancies: integer().notNull(),
		restraintIncidents: integer().notNull(),
		version: integer().notNull().default(1),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('quarterly_report_home_quarter_idx').on(t.homeId, t.quarter),
		index('quarterly_report_quarter_idx').on(t.quarter),
		index('quarterly_report_organization_idx').on(t.organizationId)
	]
);

/** Every version of a quarterly report: the figures as filed, by whom and when. */
export const quarterlyReportVersion = pgTable(
	'quarterly_report_version',
	{
		id: text().primaryKey(),
		reportId: text()
			.notNull()
			.references(() => quarterlyReport.id, { onDelete: 'cascade' }),
		version: integer().notNull(),
		/** filed | corrected | imported */
		kind: text().notNull(),
		values: jsonb().$type<ReportValues>().notNull(),
		actorId: text().references(() => user.id, { onDelete: 'set null' }),
		actorName: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('quarterly_report_version_report_version_idx').on(t.reportId, t.version)]
);

/**
 * The reminders about missing reports that were sent: one per manager, provider and quarter. The
 * daily job claims a row before mailing, so a manager is never reminded twice for one quarter.
 */
export const reportReminder = pgTable(
	'report_reminder',
	{
		id: text().primaryKey(),
		organizationId: text()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		quarter: text().notNull(),
		sentAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('report_reminder_once_idx').on(t.organizationId, t.userId, t.quarter)]
);
