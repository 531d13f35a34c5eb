import {
	boolean,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { organization, user } from './auth.ts';
import { home } from './register.ts';

// Tables of the matching module. Youth profiles are health data (AVG art. 9): pseudonymised (a
// generated code, never a name), visible only to members of the owning organisation who hold the
// matching role, every view and change logged, deleted after a retention period once the youth left.

/** Pair rules and weights as stored; the shape of the engine's MatchingRules (docs/matching.md). */
export interface StoredMatchingRules {
	incompatible: [string, string][];
	caution: [string, string, number][];
	weights: Record<string, number>;
}

/**
 * The matching role: a member of an organisation may read and change its youth profiles only with
 * a grant here, given by a manager of that organisation (docs/decisions/0014).
 */
export const matchingAccess = pgTable(
	'matching_access',
	{
		id: text().primaryKey(),
		organizationId: text()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		grantedById: text().references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('matching_access_organization_user_idx').on(t.organizationId, t.userId)]
);

/** Per organisation: its pair rules and weights, its extra needs codes and its retention period. */
export const matchingSettings = pgTable('matching_settings', {
	organizationId: text()
		.primaryKey()
		.references(() => organization.id, { onDelete: 'cascade' }),
	rules: jsonb().$type<StoredMatchingRules>(),
	extraNeeds: jsonb().$type<string[]>().notNull().default([]),
	retentionDays: integer().notNull().default(90),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** Per home of the register: what matching needs besides places, ages and regime. */
export const matchingHomeSettings = pgTable('matching_home_settings', {
	homeId: text()
		.primaryKey()
		.references(() => home.id, { onDelete: 'cascade' }),
	/** Genders the home takes (f, m, x); null means every gender. */
	genders: jsonb().$type<string[]>(),
	maxIntensity: integer(),
	competences: jsonb().$type<string[]>().notNull().default([]),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/**
 * A pseudonymised youth profile. `status` waiting | placed | left; a placed youth lives in
 * `homeId` since `placedSince`; a youth who left is deleted `retentionDays` after `leftSince`.
 */
export const youthProfile = pgTable(
	'youth_profile',
	{
		id: text().primaryKey(),
		organizationId: text()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		code: text().notNull(),
		birthYear: integer().notNull(),
		gender: text().notNull(),
		needs: jsonb().$type<string[]>().notNull().default([]),
		intensity: integer().notNull(),
		closedAuthorisation: boolean().notNull().default(false),
		municipalityCode: text().notNull(),
		regionCode: text().notNull(),
		waitingSince: date({ mode: 'string' }).notNull(),
		notes: text(),
		status: text().notNull().default('waiting'),
		homeId: text().references(() => home.id, { onDelete: 'set null' }),
		placedSince: date({ mode: 'string' }),
		leftSince: date({ mode: 'string' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('youth_profile_organization_code_idx').on(t.organizationId, t.code),
		index('youth_profile_home_idx').on(t.homeId),
		index('youth_profile_status_idx').on(t.status, t.leftSince)
	]
);

/** A decision a person recorded on a proposal: placed (with date) or not placed (with why). */
export const matchingDecision = pgTable(
	'matching_decision',
	{
		id: text().primaryKey(),
		profileId: text()
			.notNull()
			.references(() => youthProfile.id, { onDelete: 'cascade' }),
		homeId: text().references(() => home.id, { onDelete: 'set null' }),
		/** placed | declined | left */
		outcome: text().notNull(),
		decidedOn: date({ mode: 'string' }).notNull(),
		reason: text(),
		actorId: text().references(() => user.id, { onDelete: 'set null' }),
		actorName: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('matching_decision_profile_idx').on(t.profileId)]
);

/**
 * Who saw or changed which profile, when. Kept after the profile is deleted (no foreign key on
 * the profile; the code is copied), so the log still answers "who saw this youth".
 */
export const matchingAuditEntry = pgTable(
	'matching_audit_entry',
	{
		id: text().primaryKey(),
		organizationId: text()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		actorId: text().references(() => user.id, { onDelete: 'set null' }),
		actorName: text(),
		/** view | list | create | update | delete | export | decision | fit | rank | propose | retention-delete | access | rules | home-settings */
		action: text().notNull(),
		profileId: text(),
		profileCode: text(),
		detail: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('matching_audit_organization_created_idx').on(t.organizationId, t.createdAt),
		index('matching_audit_profile_idx').on(t.profileId)
	]
);
