import { z } from 'zod';
import { format, m } from '../i18n/nl.ts';
import { compareQuarters, daysInQuarter, parseQuarter, quarterOf, type QuarterKey } from './quarter.ts';

const r = m.monitor.report;

/** The figures of one quarterly report, in the order of the form and the import columns. */
export const reportFields = [
	'youthDays',
	'intake',
	'dischargePlanned',
	'dischargeUnplanned',
	'waitingList',
	'averageStayDays',
	'educationPercent',
	'carersLeft',
	'carersJoined',
	'openVacancies',
	'restraintIncidents'
] as const;

export type ReportField = (typeof reportFields)[number];

// Values arrive as JSON numbers (API) or text (forms, spreadsheet cells, decimal comma allowed).
const toNumber = (value: unknown) => {
	if (value === null || value === undefined) return undefined;
	if (typeof value !== 'string') return value;
	const v = value.trim().replace(',', '.');
	if (v === '') return undefined;
	return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : value;
};

const whole = (max: number, message: string) =>
	z.preprocess(toNumber, z.number(message).int(message).min(0, message).max(max, message));

const hasOneDecimal = (value: number) => Math.abs(Math.round(value * 10) - value * 10) < 1e-6;

/** The figures of one report (without home and quarter): one schema for form, API and import. */
export const reportValuesSchema = z.object(
	{
		youthDays: whole(100_000, r.youthDays),
		intake: whole(999, r.intake),
		dischargePlanned: whole(999, r.dischargePlanned),
		dischargeUnplanned: whole(999, r.dischargeUnplanned),
		waitingList: whole(9999, r.waitingList),
		averageStayDays: z.preprocess(
			toNumber,
			z
				.number(r.averageStayDays)
				.min(0, r.averageStayDays)
				.max(10_000, r.averageStayDays)
				.refine(hasOneDecimal, r.averageStayDays)
		),
		educationPercent: whole(100, r.educationPercent),
		carersLeft: whole(999, r.carersLeft),
		carersJoined: whole(999, r.carersJoined),
		openVacancies: whole(999, r.openVacancies),
		restraintIncidents: whole(9999, r.restraintIncidents)
	},
	r.input
);

export type ReportValues = z.output<typeof reportValuesSchema>;

/** A quarter key from text ("2025Q3", "2025K3"), with the Dutch message otherwise. */
export const quarterSchema = z
	.string(r.quarter)
	.transform((value, ctx) => {
		const key = parseQuarter(value);
		if (!key) {
			ctx.addIssue({ code: 'custom', message: r.quarter });
			return z.NEVER;
		}
		return key;
	})
	.refine((key) => compareQuarters(key, '2015Q1') >= 0, r.quarterTooOld);

/** One report as the API and the import take it: home, quarter and the figures. */
export const reportInputSchema = z
	.object({ homeId: z.string(r.homeId).min(1, r.homeId), quarter: quarterSchema }, r.input)
	.and(reportValuesSchema);

export type ReportInput = z.output<typeof reportInputSchema>;

/**
 * The checks that need the home and today: youth-days fit the places, and the quarter has begun.
 * Returns one Dutch message per field (empty when all is well).
 */
export function checkReportAgainstHome(
	values: ReportValues,
	context: { quarter: QuarterKey; places: number | null; today: Date }
): { path: string; message: string }[] {
	const errors: { path: string; message: string }[] = [];
	if (compareQuarters(context.quarter, quarterOf(context.today)) > 0) {
		errors.push({ path: 'quarter', message: r.quarterFuture });
	}
	const days = daysInQuarter(context.quarter);
	if (context.places === null) {
		if (values.youthDays > 0) errors.push({ path: 'youthDays', message: r.youthDaysNoPlaces });
	} else if (values.youthDays > context.places * days) {
		errors.push({
			path: 'youthDays',
			message: format(r.youthDaysTooMany, { places: context.places, days, max: context.places * days })
		});
	}
	return errors;
}
