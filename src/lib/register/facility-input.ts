import { z } from 'zod';
import { m } from '../i18n/nl.ts';

const t = m.register.input;

/** "HH:MM" with hours 00–23 (or exactly 24:00 when `allow24`). */
function time(message: string, allow24: boolean) {
	return z.string(message).refine((v) => {
		const match = /^(\d{2}):(\d{2})$/.exec(v);
		if (!match) return false;
		const h = Number(match[1]);
		const min = Number(match[2]);
		if (min > 59) return false;
		return h < 24 || (allow24 && h === 24 && min === 0);
	}, message);
}

/**
 * "ageMax not below ageMin", run even when other fields are invalid (zod skips object refinements
 * then by default), so a user sees every mistake in one round.
 */
export const ageOrderCheck = {
	path: ['ageMax'],
	message: t.ageOrder,
	when: (payload: { value: unknown }) => {
		const v = payload.value as { ageMin?: unknown; ageMax?: unknown } | null;
		return typeof v?.ageMin === 'number' && typeof v?.ageMax === 'number';
	}
};

// JSON null counts as "not given", like a missing field.
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);
const bool = () => optional(z.boolean(t.boolean));
const age = () => z.number(t.age).int(t.age).min(0, t.age).max(30, t.age);

export const shiftSchema = z.object(
	{
		weekday: z.number(t.weekday).int(t.weekday).min(1, t.weekday).max(7, t.weekday),
		start: time(t.start, false),
		end: time(t.end, true),
		carers: z.number(t.carers).int(t.carers).min(0, t.carers)
	},
	t.shift
);

/** One home as contract 1 (definitietoets) takes it; every field optional. */
export const facilityInputSchema = z
	.object(
		{
			name: optional(z.string(t.name)),
			aroundTheClock: bool(),
			setting: optional(z.enum(['neighbourhood', 'campus'], t.setting)),
			regime: optional(z.enum(['open', 'closed'], t.regime)),
			places: optional(z.number(t.places).int(t.places).min(1, t.places)),
			ageMin: optional(age()),
			ageMax: optional(age()),
			residentAges: optional(z.array(age(), t.ages)),
			homeLike: bool(),
			staffLiveIn: bool(),
			fixedTeam: bool(),
			individualCare: bool(),
			perspective: optional(
				z.object({ housing: bool(), care: bool(), educationOrWork: bool() }, t.perspective)
			),
			roster: optional(z.array(shiftSchema, t.roster))
		},
		t.object
	)
	.refine((v) => !(v.ageMin !== undefined && v.ageMax !== undefined && v.ageMin > v.ageMax), ageOrderCheck);

export type FacilityInput = z.output<typeof facilityInputSchema>;
