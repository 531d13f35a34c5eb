import { z } from 'zod';
import { m } from '../i18n/nl.ts';

const t = m.matching.engine.input;

/** The default needs vocabulary of matching.md; an organisation may add codes. */
export const defaultNeeds = [
	'trauma',
	'hechting',
	'lvb',
	'autisme',
	'adhd',
	'agressie',
	'verslaving',
	'criminaliteit',
	'seksueel-grensoverschrijdend',
	'slachtoffer-seksueel-misbruik',
	'suicidaliteit',
	'zelfbeschadiging'
] as const;

/** The published default weights of the score (matching.md). */
export const defaultWeights = {
	placement: 100,
	covered: 10,
	uncovered: 10,
	municipality: 6,
	region: 3,
	ageGap: 2,
	ageGapFree: 3
} as const;

/** The published defaults when `rules` is omitted: no pair rules, default weights. */
export const defaultMatchingRules: MatchingRules = {
	incompatible: [],
	caution: [],
	weights: { ...defaultWeights }
};

const id = z.string(t.id).trim().min(1, t.id).max(100, t.id);
const code = (message: string) => z.string(message).trim().min(1, message).max(60, message);
const wholeNumber = (message: string, min: number, max: number) =>
	z.number(message).int(message).min(min, message).max(max, message);
const codeList = (message: string) =>
	z
		.array(code(message), message)
		.max(100, message)
		.refine((codes) => new Set(codes).size === codes.length, message);
const gender = z.enum(['f', 'm', 'x'], t.gender);
const areaCode = (message: string) => z.string(message).trim().min(1, message).max(20, message);

/** A resident of a home: the same fields as a youth; only age, gender, needs and intensity count. */
export const matchingResidentSchema = z.object(
	{
		id,
		age: wholeNumber(t.age, 0, 30),
		gender,
		needs: codeList(t.needs).default([]),
		intensity: wholeNumber(t.intensity, 1, 3),
		closedAuthorisation: z.boolean(t.closedAuthorisation).optional(),
		municipality: areaCode(t.municipality).optional(),
		region: areaCode(t.region).optional(),
		waitingDays: wholeNumber(t.waitingDays, 0, 100_000).optional()
	},
	t.object
);

/** A waiting youth (pseudonymised: a code, never a name). */
export const matchingYouthSchema = z.object(
	{
		id,
		age: wholeNumber(t.age, 0, 30),
		gender,
		needs: codeList(t.needs).default([]),
		intensity: wholeNumber(t.intensity, 1, 3),
		closedAuthorisation: z.boolean(t.closedAuthorisation).default(false),
		municipality: areaCode(t.municipality).optional(),
		region: areaCode(t.region).optional(),
		waitingDays: wholeNumber(t.waitingDays, 0, 100_000).default(0)
	},
	t.object
);

/** A home with its current residents. */
export const matchingHomeSchema = z
	.object(
		{
			id,
			places: wholeNumber(t.places, 1, 6),
			ageMin: wholeNumber(t.ageMin, 0, 30),
			ageMax: wholeNumber(t.ageMax, 0, 30),
			regime: z.enum(['open', 'closed'], t.regime),
			genders: z
				.array(gender, t.genders)
				.refine((genders) => new Set(genders).size === genders.length, t.genders)
				.optional(),
			maxIntensity: wholeNumber(t.maxIntensity, 1, 18).optional(),
			competences: codeList(t.competences).default([]),
			municipality: areaCode(t.municipality).optional(),
			region: areaCode(t.region).optional(),
			residents: z.array(matchingResidentSchema, t.residents).max(30, t.residents).default([])
		},
		t.object
	)
	.refine((home) => home.ageMin <= home.ageMax, { message: t.ageRange, path: ['ageMax'] });

const weight = wholeNumber(t.weight, 0, 1000);

/** Pair rules and weights; everything optional with the published defaults. */
export const matchingRulesSchema = z.object(
	{
		incompatible: z
			.array(z.tuple([code(t.incompatible), code(t.incompatible)], t.incompatible), t.incompatible)
			.max(1000, t.incompatible)
			.default([]),
		caution: z
			.array(
				z.tuple([code(t.caution), code(t.caution), wholeNumber(t.caution, 0, 1000)], t.caution),
				t.caution
			)
			.max(1000, t.caution)
			.default([]),
		weights: z
			.object(
				{
					placement: weight.default(defaultWeights.placement),
					covered: weight.default(defaultWeights.covered),
					uncovered: weight.default(defaultWeights.uncovered),
					municipality: weight.default(defaultWeights.municipality),
					region: weight.default(defaultWeights.region),
					ageGap: weight.default(defaultWeights.ageGap),
					ageGapFree: weight.default(defaultWeights.ageGapFree)
				},
				t.rules
			)
			.default({ ...defaultWeights })
	},
	t.rules
);

export type MatchingResident = z.output<typeof matchingResidentSchema>;
export type MatchingYouth = z.output<typeof matchingYouthSchema>;
export type MatchingHome = z.output<typeof matchingHomeSchema>;
export type MatchingRules = z.output<typeof matchingRulesSchema>;
export type MatchingWeights = MatchingRules['weights'];
/** A youth or a resident: what the pair terms and constraint 5 look at. */
export type MatchingPerson = Pick<MatchingYouth, 'id' | 'age' | 'gender' | 'needs' | 'intensity'>;

const rules = matchingRulesSchema.default(() => ({
	...defaultMatchingRules,
	weights: { ...defaultWeights }
}));
const homes = z.array(matchingHomeSchema, t.homes).max(2000, t.homes);
const youths = z.array(matchingYouthSchema, t.youths).max(2000, t.youths);

interface WithIds {
	id: string;
	residents?: { id: string }[];
}

/** Adds an issue at every id that appeared before ("all ids unique", matching.md). */
function checkUniqueIds(entries: [(string | number)[], WithIds][], context: z.core.$RefinementCtx): void {
	const seen = new Set<string>();
	const mark = (value: string, path: (string | number)[]) => {
		if (seen.has(value)) context.addIssue({ code: 'custom', message: t.duplicateId, path: [...path, 'id'] });
		seen.add(value);
	};
	for (const [path, item] of entries) {
		mark(item.id, path);
		item.residents?.forEach((resident, r) => mark(resident.id, [...path, 'residents', r]));
	}
}

const listed = (key: string, items: WithIds[]): [(string | number)[], WithIds][] =>
	items.map((item, index) => [[key, index], item]);

/** Input of rank-homes: one youth, the candidate homes and the rules. */
export const rankHomesInputSchema = z
	.object({ youth: matchingYouthSchema, homes, rules }, t.object)
	.superRefine((input, context) =>
		checkUniqueIds([[['youth'], input.youth], ...listed('homes', input.homes)], context)
	);

/** Input of rank-youths: one home (with its residents), the candidate youths and the rules. */
export const rankYouthsInputSchema = z
	.object({ home: matchingHomeSchema, youths, rules }, t.object)
	.superRefine((input, context) =>
		checkUniqueIds([[['home'], input.home], ...listed('youths', input.youths)], context)
	);

/** Input of assign: the homes, the waiting youths, the rules and an optional time limit. */
export const assignInputSchema = z
	.object(
		{
			homes,
			youths,
			rules,
			timeLimitSeconds: z
				.number(t.timeLimitSeconds)
				.gt(0, t.timeLimitSeconds)
				.max(600, t.timeLimitSeconds)
				.default(30)
		},
		t.object
	)
	.superRefine((input, context) =>
		checkUniqueIds([...listed('homes', input.homes), ...listed('youths', input.youths)], context)
	);

export type RankHomesInput = z.output<typeof rankHomesInputSchema>;
export type RankYouthsInput = z.output<typeof rankYouthsInputSchema>;
export type AssignInput = z.output<typeof assignInputSchema>;
