import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { networkThemeSlugs } from '../themes.ts';
import { fromAmsterdam } from './amsterdam-time.ts';

const e = m.netwerk.meetings.errors;

// One schema serves the form, the API and the demo seed: values may arrive as text, and empty text
// means "not given".
const blank = (value: unknown) => {
	if (typeof value !== 'string') return value;
	const trimmed = value.trim();
	return trimmed === '' ? undefined : trimmed;
};

const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Article slugs as a list, or as text with one slug per line (or separated by commas). */
const toSlugList = (value: unknown) => {
	if (value === undefined || value === null) return [];
	if (typeof value === 'string') {
		return value
			.split(/[\n,]/)
			.map((s) => s.trim())
			.filter(Boolean);
	}
	return value;
};

const toWholeNumber = (value: unknown) => {
	const v = blank(value);
	return typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v;
};

/**
 * A meeting as the coordinator enters it: date and times are Amsterdam wall-clock time; the
 * parsed result holds the UTC instants. Either a place or an online link (or both) is required.
 */
export const meetingInputSchema = z
	.object({
		title: z.preprocess(blank, z.string(e.title).min(3, e.title).max(200, e.title)),
		theme: z.preprocess(blank, z.enum(networkThemeSlugs, e.theme)),
		date: z.preprocess(blank, z.string(e.date).regex(/^\d{4}-\d{2}-\d{2}$/, e.date)),
		startTime: z.preprocess(blank, z.string(e.startTime).regex(/^([01]\d|2[0-3]):[0-5]\d$/, e.startTime)),
		endTime: z.preprocess(blank, z.string(e.endTime).regex(/^([01]\d|2[0-3]):[0-5]\d$/, e.endTime)),
		location: z.preprocess(blank, z.string(e.location).max(300, e.location).optional()),
		onlineUrl: z.preprocess(
			blank,
			z
				.url({ protocol: /^https$/, error: e.onlineUrl })
				.max(500, e.onlineUrl)
				.optional()
		),
		capacity: z.preprocess(
			toWholeNumber,
			z.number(e.capacity).int(e.capacity).min(1, e.capacity).max(1000, e.capacity)
		),
		description: z.preprocess(blank, z.string(e.description).max(5000, e.description).optional()),
		articleSlugs: z.preprocess(
			toSlugList,
			z
				.array(
					z.string(e.articleSlugs).max(200, e.articleSlugs).regex(slugPattern, e.articleSlugs),
					e.articleSlugs
				)
				.max(20, e.articleSlugs)
		)
	})
	// Checked even when other fields are invalid, so the form shows this message in the first round.
	.refine((input) => hasText(input?.location) || hasText(input?.onlineUrl), {
		path: ['location'],
		message: e.placeOrOnline,
		when: () => true
	})
	.transform((input, ctx) => {
		const startsAt = fromAmsterdam({ date: input.date, time: input.startTime });
		const endsAt = fromAmsterdam({ date: input.date, time: input.endTime });
		if (!fromAmsterdam({ date: input.date, time: '12:00' })) {
			ctx.addIssue({ code: 'custom', path: ['date'], message: e.date });
			return z.NEVER;
		}
		if (!startsAt) ctx.addIssue({ code: 'custom', path: ['startTime'], message: e.skippedHour });
		if (!endsAt) ctx.addIssue({ code: 'custom', path: ['endTime'], message: e.skippedHour });
		if (startsAt && endsAt && endsAt <= startsAt) {
			ctx.addIssue({ code: 'custom', path: ['endTime'], message: e.endBeforeStart });
		}
		if (!startsAt || !endsAt || endsAt <= startsAt || (!input.location && !input.onlineUrl)) return z.NEVER;
		return {
			title: input.title,
			theme: input.theme,
			startsAt,
			endsAt,
			location: input.location ?? null,
			onlineUrl: input.onlineUrl ?? null,
			capacity: input.capacity,
			description: input.description ?? '',
			articleSlugs: [...new Set(input.articleSlugs)]
		};
	});

/** A validated meeting: UTC instants, null for a missing place or link. */
export type MeetingInput = z.output<typeof meetingInputSchema>;

/** The form fields of a meeting, as text (what a form posts and the edit form shows). */
export const meetingFormFields = [
	'title',
	'theme',
	'date',
	'startTime',
	'endTime',
	'location',
	'onlineUrl',
	'capacity',
	'description',
	'articleSlugs'
] as const;

/** The meeting fields of a posted form, as text. */
export function meetingValuesFromForm(form: FormData): Record<string, string> {
	return Object.fromEntries(meetingFormFields.map((name) => [name, String(form.get(name) ?? '')]));
}
