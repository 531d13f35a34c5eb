import {
	boolean,
	index,
	integer,
	jsonb,
	numeric,
	pgTable,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import type { FacilityCheck } from '../../../register/check-facility.ts';
import type { HomeInput } from '../../../register/home-input.ts';
import type { Shift } from '../../../register/roster.ts';
import { organization, user } from './auth.ts';

/** One field that changed between two versions of a home ("perspective/care", "roster", …). */
export interface FieldChangeRecord {
	field: string;
	before: unknown;
	after: unknown;
}

/**
 * Homes in the register, owned by a provider organisation. Every field of the home input has its
 * own column; jeugdregio and provincie are derived from the gemeente and stored for filtering;
 * the check result of the current version is stored with it (`verdict` for filtering).
 */
export const home = pgTable(
	'home',
	{
		id: text().primaryKey(),
		organizationId: text()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		description: text(),
		street: text(),
		postalCode: text(),
		city: text(),
		municipalityCode: text().notNull(),
		regionCode: text().notNull(),
		provinceCode: text().notNull(),
		setting: text(),
		regime: text(),
		places: integer(),
		ageMin: integer(),
		ageMax: integer(),
		targetGroup: text(),
		aroundTheClock: boolean(),
		homeLike: boolean(),
		staffLiveIn: boolean(),
		fixedTeam: boolean(),
		teamSize: integer(),
		teamFte: numeric({ precision: 6, scale: 2, mode: 'number' }),
		individualCare: boolean(),
		perspectiveHousing: boolean(),
		perspectiveCare: boolean(),
		perspectiveEducationOrWork: boolean(),
		educationArrangement: text(),
		ijwCategory: integer(),
		dayTariff: numeric({ precision: 9, scale: 2, mode: 'number' }),
		contractingMunicipalities: jsonb().$type<string[]>().notNull().default([]),
		contactName: text(),
		contactEmail: text(),
		contactPhone: text(),
		/** The weekly roster; null when not given (then the staff ratio is unknown). */
		roster: jsonb().$type<Shift[]>(),
		verdict: text().notNull(),
		check: jsonb().$type<FacilityCheck>().notNull(),
		version: integer().notNull().default(1),
		/** 'active' (public) or 'archived' (hidden from the public register, kept with its history). */
		status: text().notNull().default('active'),
		archivedAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('home_organization_id_idx').on(t.organizationId),
		index('home_public_list_idx').on(t.status, t.name, t.id),
		index('home_province_code_idx').on(t.provinceCode),
		index('home_region_code_idx').on(t.regionCode)
	]
);

/**
 * Every version of every home: the full input snapshot, who made it and when, the field diff
 * against the version before, and the check result as it was computed then.
 */
export const homeVersion = pgTable(
	'home_version',
	{
		id: text().primaryKey(),
		homeId: text()
			.notNull()
			.references(() => home.id, { onDelete: 'cascade' }),
		version: integer().notNull(),
		/** created | updated | archived | restored | imported */
		kind: text().notNull(),
		snapshot: jsonb().$type<HomeInput>().notNull(),
		changes: jsonb().$type<FieldChangeRecord[]>().notNull(),
		verdict: text().notNull(),
		check: jsonb().$type<FacilityCheck>().notNull(),
		/** The user who made the change; null for the system (CLI, seed) or a deleted account. */
		actorId: text().references(() => user.id, { onDelete: 'set null' }),
		/** The name at the time, so the history stays readable after the account is gone. */
		actorName: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('home_version_home_version_idx').on(t.homeId, t.version)]
);
