import { z } from 'zod';
import { openDataFigures } from '../../monitor/open-data.ts';
import { openDataQuerySchema } from '../../monitor/monitor-query.ts';
import { reportInputSchema, reportValuesSchema } from '../../monitor/report-input.ts';
import type { ApiModule } from '../api/openapi.ts';

// Response shapes for the API description; the functions build exactly these (tests check it).

const notes = ['small', 'few-homes', 'secondary', 'filter', 'no-data'] as const;

export const openDataRowSchema = z
	.object({
		level: z.enum(['nation', 'province', 'region']),
		code: z.string().meta({ description: 'NL, a provincie code (PV27) or a jeugdregio code (JZ13)' }),
		name: z.string(),
		quarter: z.string().meta({ description: '2025Q3' }),
		figures: z.record(z.enum(openDataFigures), z.number().nullable()).meta({
			description: 'Every figure (see /monitor/definities); null when hidden, with the reason in notes'
		}),
		notes: z.record(z.string(), z.enum(notes)).meta({
			description:
				'Why a figure is null: small (1–4), few-homes (from fewer than 5 homes), secondary (hidden so that ' +
				'another hidden figure cannot be recovered from a total), filter (the difference with the unfiltered ' +
				'figure is small), no-data (no homes)'
		})
	})
	.meta({ id: 'MonitorRow' });

export const openDataSchema = z
	.object({
		threshold: z.number().int().meta({ description: 'The smallest published count besides 0 (5)' }),
		filters: z.object({
			setting: z.string().optional(),
			regime: z.string().optional(),
			targetGroup: z.string().optional()
		}),
		quarters: z.array(z.string()),
		rows: z.array(openDataRowSchema)
	})
	.meta({ id: 'MonitorOpenData', description: 'Suppressed figures per area and quarter' });

const reportRecordSchema = reportValuesSchema
	.extend({
		id: z.string(),
		homeId: z.string(),
		quarter: z.string(),
		version: z.number().int(),
		updatedAt: z.string()
	})
	.meta({ id: 'QuarterlyReport' });

export const reportWithVersionsSchema = z
	.object({
		home: z.object({
			id: z.string(),
			name: z.string(),
			places: z.number().int().nullable(),
			organizationId: z.string()
		}),
		quarter: z.string(),
		report: reportRecordSchema.nullable(),
		versions: z.array(
			z.object({
				version: z.number().int(),
				kind: z.enum(['filed', 'corrected', 'imported']),
				values: reportValuesSchema,
				actorName: z.string().nullable(),
				createdAt: z.string()
			})
		),
		canFile: z.boolean().meta({ description: 'Whether the caller may file or correct this report' })
	})
	.meta({ id: 'QuarterlyReportHistory' });

const queryParameter = (name: keyof typeof openDataQuerySchema.shape, description: string) => ({
	name,
	in: 'query' as const,
	description,
	schema: openDataQuerySchema.shape[name]
});

const openDataParameters = [
	queryParameter('level', 'nation, province, region or all (default all)'),
	queryParameter('area', 'Only this area and the areas one level below it (NL, PV27, JZ13)'),
	queryParameter('from', 'First quarter (2021Q1); default the first with reports'),
	queryParameter('to', 'Last quarter; default (and at most) the last quarter that has ended'),
	queryParameter('setting', 'neighbourhood or campus'),
	queryParameter('regime', 'open or closed'),
	queryParameter('targetGroup', 'complex-needs, closed-authorisation or nji-third-form')
];

/** The monitor's part of the API description. */
export const monitorApi: ApiModule = {
	name: 'monitor',
	description: 'Open data of the monitor (no login; small numbers suppressed) and quarterly reports (login)',
	operations: [
		{
			method: 'get',
			path: '/api/v1/monitor/figures',
			operationId: 'getMonitorFigures',
			summary: 'Open data: figures per area and quarter, with numbers below 5 suppressed',
			description:
				'The same figures as the public dashboards. Register figures (homes, places, meetingHomes, ' +
				'meetingShare) are of today and repeated per quarter. Definitions: /monitor/definities.',
			parameters: openDataParameters,
			response: { description: 'The suppressed figures', schema: openDataSchema },
			problems: [400]
		},
		{
			method: 'get',
			path: '/api/v1/monitor/figures.csv',
			operationId: 'getMonitorFiguresCsv',
			summary: 'The same open data as CSV (UTF-8; hidden figures empty, the reasons in the last column)',
			parameters: openDataParameters,
			response: { description: 'CSV file', contentType: 'text/csv', schema: z.string() },
			problems: [400]
		},
		{
			method: 'post',
			path: '/api/v1/monitor/reports',
			operationId: 'fileQuarterlyReport',
			summary: 'File or correct the quarterly report of a home (managers of its provider and admins)',
			description: 'A correction becomes the next version; unchanged figures make no new version.',
			requestBody: reportInputSchema.meta({ id: 'QuarterlyReportInput' }),
			response: { description: 'The report as now stored', schema: reportRecordSchema },
			requiresLogin: true,
			problems: [401, 403, 415]
		},
		{
			method: 'get',
			path: '/api/v1/monitor/reports/{homeId}/{quarter}',
			operationId: 'getQuarterlyReport',
			summary:
				'The report of a home for a quarter with every version (members of its provider, researchers, admins)',
			parameters: [
				{ name: 'homeId', in: 'path', description: 'Home id', schema: z.string() },
				{ name: 'quarter', in: 'path', description: 'Quarter, e.g. 2025Q3', schema: z.string() }
			],
			response: {
				description: 'The current report (or null) and its versions, newest first',
				schema: reportWithVersionsSchema
			},
			requiresLogin: true,
			problems: [400, 401, 403]
		}
	]
};
