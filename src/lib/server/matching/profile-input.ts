import { z } from 'zod';
import { format, m } from '../../i18n/nl.ts';
import { defaultNeeds, defaultWeights } from '../../matching/matching-input.ts';
import { findMunicipality } from '../../nl/places.ts';

// Pure schemas of the matching screens (no database, no clock: the caller passes today).
// The same schemas validate the forms and the JSON a module function receives.

export { defaultWeights };
const v = m.matching.validation;

/** The default needs vocabulary of docs/matching.md (the engine's list); an organisation may add codes. */
export const defaultNeedCodes = defaultNeeds;

export const genders = ['f', 'm', 'x'] as const;
export type Gender = (typeof genders)[number];

const needCode = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** A list of codes from checkboxes (array), or one text with spaces or commas. */
function codeList(message: string, max = 30) {
	return z.preprocess(
		(value) => {
			if (value === undefined || value === null) return [];
			const parts = Array.isArray(value) ? value : [value];
			return [
				...new Set(
					parts
						.flatMap((p) => (typeof p === 'string' ? p.split(/[\s,]+/) : [p]))
						.map((p) => (typeof p === 'string' ? p.trim().toLowerCase() : p))
						.filter((p) => p !== '')
				)
			];
		},
		// One message on the list itself (not per item): the form shows it at the checkboxes.
		z
			.array(z.string(message), message)
			.max(max, message)
			.refine((codes) => codes.every((c) => needCode.test(c)), message)
	);
}

const emptyToUndefined = (value: unknown) =>
	typeof value === 'string' && value.trim() === '' ? undefined : value;

/** A date "YYYY-MM-DD" that exists on the calendar. */
const isoDate = (message: string) =>
	z
		.string(message)
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}$/, message)
		.refine(
			(s) =>
				!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
			message
		);

// Capitalised words that are not names; anything else capitalised inside a sentence is suspect.
const notNames = new Set(['AVG', 'Jeugdwet', 'Veilig', 'Thuis', 'School', 'GGZ']);

/**
 * The first word in a note that looks like a personal name: a capitalised word that does not
 * start a sentence. A heuristic that errs on the side of privacy; the message says why.
 */
export function suspectedName(notes: string): string | undefined {
	const sentences = notes.split(/[.!?\n]+/);
	for (const sentence of sentences) {
		const words = sentence.trim().split(/\s+/).slice(1);
		for (const raw of words) {
			const word = raw.replace(/^[("'“‘]+|[)"'”’:;,]+$/g, '');
			if (/^\p{Lu}\p{Ll}+$/u.test(word) && !notNames.has(word)) return word;
		}
	}
	return undefined;
}

/** The profile form / JSON input; `today` bounds the birth year and "waiting since". */
export function profileInputSchema(today: string) {
	const year = Number(today.slice(0, 4));
	const yearMessage = format(v.birthYear, { min: year - 27, max: year - 6 });
	return z.object({
		code: z.preprocess(
			(value) => (typeof value === 'string' ? value.trim().toUpperCase() || undefined : value),
			z
				.string(v.code)
				.regex(/^(?=.*\d)[A-Z0-9-]{3,20}$/, v.code)
				.optional()
		),
		birthYear: z.coerce
			.number(yearMessage)
			.int(yearMessage)
			.min(year - 27, yearMessage)
			.max(year - 6, yearMessage),
		gender: z.enum(genders, v.gender),
		needs: codeList(v.needs),
		intensity: z.coerce.number(v.intensity).int(v.intensity).min(1, v.intensity).max(3, v.intensity),
		closedAuthorisation: z.preprocess(
			(value) => value === true || value === 'ja' || value === 'true' || value === 'on',
			z.boolean()
		),
		municipalityCode: z
			.string(v.municipalityCode)
			.trim()
			.toUpperCase()
			.refine((code) => findMunicipality(code) !== undefined, v.municipalityCode),
		waitingSince: isoDate(v.waitingSince).refine((d) => d <= today, v.waitingSince),
		notes: z.preprocess(
			emptyToUndefined,
			z
				.string(v.notes)
				.trim()
				.max(2000, v.notes)
				.superRefine((text, ctx) => {
					const word = suspectedName(text);
					if (word) ctx.addIssue({ code: 'custom', message: format(v.notesName, { word }) });
				})
				.optional()
		)
	});
}
export type ProfileInput = z.output<ReturnType<typeof profileInputSchema>>;

/** A recorded decision on a proposal: placed in a home on a date, or not placed and why. */
export const decisionInputSchema = z.discriminatedUnion(
	'outcome',
	[
		z.object({
			outcome: z.literal('placed'),
			homeId: z.string(v.homeId).trim().min(1, v.homeId),
			decidedOn: isoDate(v.decidedOn)
		}),
		z.object({
			outcome: z.literal('declined'),
			homeId: z.preprocess(emptyToUndefined, z.string().trim().optional()),
			decidedOn: isoDate(v.decidedOn),
			reason: z.string(v.reason).trim().min(1, v.reason).max(1000, v.reason)
		}),
		z.object({
			outcome: z.literal('left'),
			decidedOn: isoDate(v.decidedOn),
			reason: z.preprocess(emptyToUndefined, z.string().trim().max(1000, v.reason).optional())
		})
	],
	{ error: v.outcome }
);
export type DecisionInput = z.output<typeof decisionInputSchema>;

/** The matching settings of one home. */
export const homeSettingsInputSchema = z.object({
	genders: z.preprocess(
		(value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]),
		z.array(z.enum(genders, v.genders), v.genders).min(1, v.genders)
	),
	maxIntensity: z.preprocess(
		emptyToUndefined,
		z.coerce
			.number(v.maxIntensity)
			.int(v.maxIntensity)
			.min(1, v.maxIntensity)
			.max(18, v.maxIntensity)
			.optional()
	),
	competences: codeList(v.competences)
});
export type HomeSettingsInput = z.output<typeof homeSettingsInputSchema>;

export type WeightName = keyof typeof defaultWeights;
export const weightNames = Object.keys(defaultWeights) as WeightName[];

const weightField = (name: string) => {
	const message = format(v.weight, { name: m.matching.weights[name] ?? name });
	return z.coerce.number(message).int(message).min(0, message).max(1000, message);
};

/** An organisation's pair rules and weights, as the rules form and the JSON store them. */
export const rulesInputSchema = z.object({
	incompatible: z
		.array(z.tuple([z.string(v.pair).regex(needCode, v.pair), z.string(v.pair).regex(needCode, v.pair)]))
		.max(100),
	caution: z
		.array(
			z.tuple([
				z.string(v.pair).regex(needCode, v.pair),
				z.string(v.pair).regex(needCode, v.pair),
				z.coerce.number(v.penalty).int(v.penalty).min(0, v.penalty).max(1000, v.penalty)
			])
		)
		.max(100),
	weights: z.object(
		Object.fromEntries(weightNames.map((n) => [n, weightField(n)])) as Record<
			WeightName,
			ReturnType<typeof weightField>
		>
	)
});
export type RulesInput = z.output<typeof rulesInputSchema>;

/** The published default rules: the example pair rules of docs/matching.md and default weights. */
export const defaultRules: RulesInput = {
	incompatible: [['seksueel-grensoverschrijdend', 'slachtoffer-seksueel-misbruik']],
	caution: [
		['agressie', 'agressie', 8],
		['verslaving', 'verslaving', 6]
	],
	weights: { ...defaultWeights }
};

/** The organisation's own settings: extra needs codes and the retention period in days. */
export const vocabularyInputSchema = z.object({ extraNeeds: codeList(v.extraNeeds) });
export const retentionInputSchema = z.object({
	retentionDays: z.coerce
		.number(v.retentionDays)
		.int(v.retentionDays)
		.min(1, v.retentionDays)
		.max(3650, v.retentionDays)
});
