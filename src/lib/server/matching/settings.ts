import { eq } from 'drizzle-orm';
import { getDb, schema } from '../db/index.ts';
import { defaultNeedCodes, defaultRules, type RulesInput } from './profile-input.ts';

/** The default retention period (days after leaving) when an organisation set none. */
export const DEFAULT_RETENTION_DAYS = 90;

/** What an organisation configured for matching, with the published defaults filled in. */
export interface MatchingSettings {
	rules: RulesInput;
	/** Whether `rules` are the published defaults (nothing stored). */
	isDefaultRules: boolean;
	extraNeeds: string[];
	/** The default vocabulary followed by the organisation's own codes. */
	vocabulary: string[];
	retentionDays: number;
}

/** The organisation's matching settings (no access check: callers check first). */
export async function settingsOf(organizationId: string): Promise<MatchingSettings> {
	const [row] = await getDb()
		.select()
		.from(schema.matchingSettings)
		.where(eq(schema.matchingSettings.organizationId, organizationId));
	const extraNeeds = row?.extraNeeds ?? [];
	const rules = row?.rules ?? null;
	return {
		rules: rules
			? {
					incompatible: rules.incompatible,
					caution: rules.caution,
					weights: { ...defaultRules.weights, ...rules.weights }
				}
			: structuredClone(defaultRules),
		isDefaultRules: rules === null,
		extraNeeds,
		vocabulary: [
			...defaultNeedCodes,
			...extraNeeds.filter((n) => !(defaultNeedCodes as readonly string[]).includes(n))
		],
		retentionDays: row?.retentionDays ?? DEFAULT_RETENTION_DAYS
	};
}

/** Stores part of the organisation's settings, creating the row on first use. */
export async function storeSettings(
	organizationId: string,
	values: Partial<{ rules: RulesInput | null; extraNeeds: string[]; retentionDays: number }>
): Promise<void> {
	await getDb()
		.insert(schema.matchingSettings)
		.values({ organizationId, ...values })
		.onConflictDoUpdate({
			target: schema.matchingSettings.organizationId,
			set: { ...values, updatedAt: new Date() }
		});
}
