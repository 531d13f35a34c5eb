import { z } from 'zod';
import { m } from '../i18n/nl.ts';
import { findMunicipality } from '../nl/places.ts';
import type { FacilityInput } from './facility-input.ts';
import { ageOrderCheck, shiftSchema } from './facility-input.ts';

const t = m.register.input;
const h = m.register.home;

export const settings = ['neighbourhood', 'campus'] as const;
export const regimes = ['open', 'closed'] as const;
/** The three forms of small-scale care the NJi distinguishes. */
export const targetGroups = ['complex-needs', 'closed-authorisation', 'nji-third-form'] as const;
export const educationArrangements = [
	'neighbourhood-school',
	'campus-school',
	'integrated-day-programme'
] as const;
/** iJw product categories: 43 verblijf (jeugdhulp), 44 gesloten verblijf. */
export const ijwCategories = [43, 44] as const;
export const verdicts = ['meets', 'meets-with-remarks', 'incomplete', 'does-not-meet'] as const;

export type Setting = (typeof settings)[number];
export type Regime = (typeof regimes)[number];
export type TargetGroup = (typeof targetGroups)[number];
export type EducationArrangement = (typeof educationArrangements)[number];
export type IjwCategory = (typeof ijwCategories)[number];

// One schema serves JSON (API), form posts and spreadsheet cells, so values may arrive as text:
// empty text and null mean "not given", numbers may use a decimal comma, booleans may be ja/nee.
const blankToUndefined = (value: unknown) => {
	if (value === null || value === undefined) return undefined;
	if (typeof value === 'string') {
		const trimmed = value.trim();
		return trimmed === '' ? undefined : trimmed;
	}
	return value;
};

const toNumber = (value: unknown) => {
	const v = blankToUndefined(value);
	if (typeof v !== 'string') return v;
	const normalised = v.replace(',', '.');
	return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : v;
};

const truthy = new Set(['ja', 'j', 'true', 'waar', 'yes', 'y', '1', 'on']);
const falsy = new Set(['nee', 'n', 'false', 'onwaar', 'no', '0', 'off']);
const toBoolean = (value: unknown) => {
	const v = blankToUndefined(value);
	if (typeof v !== 'string') return v;
	const lower = v.toLowerCase();
	if (truthy.has(lower)) return true;
	if (falsy.has(lower)) return false;
	return v;
};

const maybe = <T extends z.ZodType>(schema: T, prepare = blankToUndefined) =>
	z.preprocess(prepare, schema.optional());

const text = (max: number, message: string) => maybe(z.string(message).max(max, message));
const bool = () => maybe(z.boolean(t.boolean), toBoolean);
const wholeNumber = (min: number, max: number, message: string) =>
	maybe(z.number(message).int(message).min(min, message).max(max, message), toNumber);
const hasTwoDecimals = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
const amount = (max: number, message: string) =>
	maybe(z.number(message).min(0, message).max(max, message).refine(hasTwoDecimals, message), toNumber);
const choice = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
	maybe(z.enum(values, message), (v) => {
		const b = blankToUndefined(v);
		return typeof b === 'string' ? b.toLowerCase() : b;
	});

const municipalityCode = z.string(h.municipalityCode).transform((value, ctx) => {
	const found = findMunicipality(value);
	if (!found) {
		ctx.addIssue({ code: 'custom', message: h.municipalityCode });
		return z.NEVER;
	}
	return found.code;
});

const postalCode = z
	.string(h.postalCode)
	.transform((v) => v.toUpperCase().replace(/\s+/g, ''))
	.refine((v) => /^[1-9]\d{3}[A-Z]{2}$/.test(v), h.postalCode)
	.transform((v) => `${v.slice(0, 4)} ${v.slice(4)}`);

// Form posts and spreadsheet cells give one text ("GM0363, GM0344"); JSON gives an array.
const toCodeList = (value: unknown) => {
	const v = blankToUndefined(value);
	if (v === undefined) return [];
	if (typeof v === 'string') return v.split(/[\s,;]+/).filter((part) => part !== '');
	return v;
};

const contractingMunicipalities = z.preprocess(
	toCodeList,
	z
		.array(municipalityCode, h.contractingMunicipalities)
		.max(400, h.contractingMunicipalities)
		.refine((codes) => new Set(codes).size === codes.length, h.contractingMunicipalities)
);

/** The input of one home in the register: one schema for the form, the API and spreadsheet import. */
export const homeInputSchema = z
	.object(
		{
			name: z.preprocess(blankToUndefined, z.string(h.name).min(1, h.name).max(120, h.name)),
			description: text(2000, h.description),
			street: text(200, h.street),
			postalCode: maybe(postalCode),
			city: text(100, h.city),
			municipalityCode: z.preprocess(blankToUndefined, municipalityCode),
			setting: choice(settings, t.setting),
			regime: choice(regimes, t.regime),
			places: wholeNumber(1, 99, h.places),
			ageMin: wholeNumber(0, 30, t.age),
			ageMax: wholeNumber(0, 30, t.age),
			targetGroup: choice(targetGroups, h.targetGroup),
			aroundTheClock: bool(),
			homeLike: bool(),
			staffLiveIn: bool(),
			fixedTeam: bool(),
			teamSize: wholeNumber(0, 500, h.teamSize),
			teamFte: amount(500, h.teamFte),
			individualCare: bool(),
			perspective: maybe(z.object({ housing: bool(), care: bool(), educationOrWork: bool() }, t.perspective)),
			educationArrangement: choice(educationArrangements, h.educationArrangement),
			ijwCategory: maybe(z.union([z.literal(43), z.literal(44)], h.ijwCategory), toNumber),
			dayTariff: amount(100_000, h.dayTariff),
			contractingMunicipalities,
			contactName: text(120, h.contactName),
			contactEmail: maybe(
				z
					.email(h.contactEmail)
					.max(200, h.contactEmail)
					.transform((v) => v.toLowerCase())
			),
			contactPhone: maybe(
				z
					.string(h.contactPhone)
					.max(30, h.contactPhone)
					.regex(/^\+?[\d\s\-()]{6,}$/, h.contactPhone)
			),
			roster: maybe(z.array(z.preprocess(toShiftNumbers, shiftSchema), t.roster).max(200, t.roster))
		},
		h.input
	)
	.refine((v) => !(v.ageMin !== undefined && v.ageMax !== undefined && v.ageMin > v.ageMax), ageOrderCheck)
	.transform(({ perspective, ...rest }) => {
		// A perspective without any answer is the same as no perspective: keep one spelling.
		const given = perspective && Object.values(perspective).some((v) => v !== undefined);
		return { ...rest, perspective: given ? perspective : undefined };
	});

// Shifts from a form arrive as text; numbers inside a shift are coerced like the rest.
function toShiftNumbers(value: unknown): unknown {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
	const shift = value as Record<string, unknown>;
	return {
		...shift,
		weekday: toNumber(shift.weekday),
		carers: toNumber(shift.carers),
		start: blankToUndefined(shift.start),
		end: blankToUndefined(shift.end)
	};
}

export type HomeInput = z.output<typeof homeInputSchema>;

/** The definitietoets input (contract 1) of a home in the register. */
export function facilityInputOf(home: HomeInput): FacilityInput {
	return {
		name: home.name,
		aroundTheClock: home.aroundTheClock,
		setting: home.setting,
		regime: home.regime,
		places: home.places,
		ageMin: home.ageMin,
		ageMax: home.ageMax,
		homeLike: home.homeLike,
		staffLiveIn: home.staffLiveIn,
		fixedTeam: home.fixedTeam,
		individualCare: home.individualCare,
		residentAges: undefined,
		perspective: home.perspective && {
			housing: home.perspective.housing,
			care: home.perspective.care,
			educationOrWork: home.perspective.educationOrWork
		},
		roster: home.roster
	};
}
