import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { ScenarioInput } from '../../../planner/scenario-input.ts';
import { organization, user } from './auth.ts';

/**
 * Saved omslagplanner scenarios. Visible to the owner and, when `organizationId` is set, to that
 * organisation's members; anyone with `shareToken` may read it (read-only). Only the input is
 * stored: results are recomputed, so they always follow the current calculation.
 */
export const plannerScenario = pgTable(
	'planner_scenario',
	{
		id: text().primaryKey(),
		ownerId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		organizationId: text().references(() => organization.id, { onDelete: 'set null' }),
		name: text().notNull(),
		input: jsonb().$type<ScenarioInput>().notNull(),
		/** Unguessable (256 random bits, base64url) token of the read-only share link. */
		shareToken: text().notNull().unique(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('planner_scenario_owner_idx').on(t.ownerId),
		index('planner_scenario_organization_idx').on(t.organizationId)
	]
);
