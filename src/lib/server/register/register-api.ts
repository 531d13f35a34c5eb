import { z } from 'zod';
import { criterionIds } from '../../register/check-facility.ts';
import { facilityInputSchema, shiftSchema } from '../../register/facility-input.ts';
import {
	educationArrangements,
	ijwCategories,
	regimes,
	settings,
	targetGroups,
	verdicts
} from '../../register/home-input.ts';
import { homeInputSchema } from '../../register/home-input.ts';
import type { ApiModule } from '../api/openapi.ts';
import { homeFiltersSchema } from './list-homes.ts';

// Response shapes for the API description; the functions build exactly these (tests check it).

const statuses = ['meets', 'preference-not-met', 'does-not-meet', 'unknown'] as const;

export const facilityCheckSchema = z
	.object({
		verdict: z.enum(verdicts),
		criteria: z.array(
			z.object({
				id: z.enum(criterionIds),
				status: z.enum(statuses),
				reason: z.string().meta({ description: 'Dutch sentence explaining the status' })
			})
		),
		rosterGaps: z.array(
			z
				.object({
					weekday: z.number().int().min(1).max(7),
					start: z.string(),
					end: z.string(),
					present: z.number().int(),
					required: z.number().int()
				})
				.strict()
		)
	})
	.meta({ id: 'FacilityCheck', description: 'Definitietoets result (contract 1)' });

const placeSchema = z.object({ code: z.string(), name: z.string() }).meta({ id: 'Place' });
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

export const homeSummarySchema = z
	.object({
		id: z.string(),
		name: z.string(),
		organizationId: z.string(),
		organizationName: z.string(),
		city: z.string().nullable(),
		municipality: placeSchema,
		region: placeSchema,
		province: placeSchema,
		setting: nullable(z.enum(settings)),
		regime: nullable(z.enum(regimes)),
		places: z.number().int().nullable(),
		targetGroup: nullable(z.enum(targetGroups)),
		verdict: z.enum(verdicts),
		status: z.enum(['active', 'archived']),
		updatedAt: z.string().meta({ description: 'ISO 8601' })
	})
	.meta({ id: 'HomeSummary' });

export const homePageSchema = z
	.object({
		items: z.array(homeSummarySchema),
		total: z.number().int(),
		page: z.number().int(),
		pages: z.number().int(),
		pageSize: z.number().int()
	})
	.meta({ id: 'HomePage' });

export const publicHomeSchema = z
	.object({
		id: z.string(),
		organizationId: z.string(),
		organizationName: z.string(),
		name: z.string(),
		description: z.string().nullable(),
		city: z.string().nullable(),
		municipality: placeSchema,
		region: placeSchema,
		province: placeSchema,
		setting: nullable(z.enum(settings)),
		regime: nullable(z.enum(regimes)),
		places: z.number().int().nullable(),
		ageMin: z.number().int().nullable(),
		ageMax: z.number().int().nullable(),
		targetGroup: nullable(z.enum(targetGroups)),
		aroundTheClock: z.boolean().nullable(),
		homeLike: z.boolean().nullable(),
		staffLiveIn: z.boolean().nullable(),
		fixedTeam: z.boolean().nullable(),
		teamSize: z.number().int().nullable(),
		teamFte: z.number().nullable(),
		individualCare: z.boolean().nullable(),
		perspective: z.object({
			housing: z.boolean().nullable(),
			care: z.boolean().nullable(),
			educationOrWork: z.boolean().nullable()
		}),
		educationArrangement: nullable(z.enum(educationArrangements)),
		ijwCategory: nullable(z.union(ijwCategories.map((c) => z.literal(c)))),
		dayTariff: z.number().nullable().meta({ description: 'Euros per day' }),
		contractingMunicipalities: z.array(placeSchema),
		roster: z.array(shiftSchema).nullable(),
		check: facilityCheckSchema,
		verdict: z.enum(verdicts),
		version: z.number().int(),
		updatedAt: z.string().meta({ description: 'ISO 8601' })
	})
	.strict()
	.meta({
		id: 'PublicHome',
		description: 'A home in the public register, without address and contact person'
	});

export const homeDetailSchema = publicHomeSchema
	.extend({
		street: z.string().nullable(),
		postalCode: z.string().nullable(),
		contactName: z.string().nullable(),
		contactEmail: z.string().nullable(),
		contactPhone: z.string().nullable(),
		status: z.enum(['active', 'archived']),
		createdAt: z.string(),
		archivedAt: z.string().nullable(),
		input: z
			.looseObject({})
			.meta({ description: 'The stored input (HomeInput), as the form and PUT take it' }),
		canEdit: z.boolean()
	})
	.meta({
		id: 'HomeDetail',
		description: 'A home with its private details (members of the owning organisation)'
	});

export const homeVersionSchema = z
	.object({
		version: z.number().int(),
		kind: z.enum(['created', 'updated', 'archived', 'restored', 'imported']),
		createdAt: z.string(),
		actor: z.object({ id: z.string().nullable(), name: z.string() }).nullable(),
		changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
		verdict: z.enum(verdicts),
		check: facilityCheckSchema,
		snapshot: z.looseObject({})
	})
	.meta({ id: 'HomeVersion' });

const documentedHomeInput = homeInputSchema.meta({ id: 'HomeInput' });

const homeIdParameter = { name: 'id', in: 'path' as const, description: 'Home id', schema: z.string() };

const queryParameter = (name: keyof typeof homeFiltersSchema.shape, description: string) => ({
	name,
	in: 'query' as const,
	description,
	schema: homeFiltersSchema.shape[name]
});

/** The register's part of the API description. */
export const registerApi: ApiModule = {
	name: 'register',
	description: 'Definitietoets (contract 1), the public register of homes, and managing homes (login)',
	operations: [
		{
			method: 'post',
			path: '/api/v1/definition-check',
			operationId: 'checkFacility',
			summary: 'Check one home against the definition of small-scale care (no login needed)',
			description:
				'Contract 1. Every field is optional; a missing field makes its criterion `unknown`. ' +
				'The same check is `kleinschalig check-facility FILE`.',
			requestBody: facilityInputSchema.meta({ id: 'FacilityInput' }),
			response: {
				description: 'The verdict, the ten criteria with Dutch reasons, and the roster gaps',
				schema: facilityCheckSchema
			},
			problems: [415]
		},
		{
			method: 'get',
			path: '/api/v1/homes',
			operationId: 'listHomes',
			summary: 'The public register: active homes, filtered, by name, one page at a time',
			parameters: [
				queryParameter('province', 'Provincie code (e.g. PV27)'),
				queryParameter('region', 'Jeugdregio code (e.g. JZ13)'),
				queryParameter('setting', 'neighbourhood or campus'),
				queryParameter('regime', 'open or closed'),
				queryParameter('targetGroup', 'complex-needs, closed-authorisation or nji-third-form'),
				queryParameter('verdict', 'Verdict of the definitietoets'),
				queryParameter('page', 'Page number, from 1 (default 1)'),
				queryParameter('pageSize', 'Homes per page, 1–100 (default 20)')
			],
			response: { description: 'One page of homes with the total', schema: homePageSchema },
			problems: [400]
		},
		{
			method: 'get',
			path: '/api/v1/homes/{id}',
			operationId: 'getPublicHome',
			summary: 'One home of the public register, without private details',
			parameters: [homeIdParameter],
			response: { description: 'The home with its stored check', schema: publicHomeSchema },
			problems: [404]
		},
		{
			method: 'post',
			path: '/api/v1/homes',
			operationId: 'createHome',
			summary: 'Register a home for a provider (managers of that organisation and admins)',
			parameters: [
				{
					name: 'organizationId',
					in: 'query',
					required: true,
					description: 'The provider that owns the home',
					schema: z.string()
				}
			],
			requestBody: documentedHomeInput,
			response: {
				status: 201,
				description: 'The new home (version 1) with its check',
				schema: homeDetailSchema
			},
			requiresLogin: true,
			problems: [403, 404, 415]
		},
		{
			method: 'put',
			path: '/api/v1/homes/{id}',
			operationId: 'updateHome',
			summary:
				'Replace the details of a home as a new version (managers of the owning organisation and admins)',
			parameters: [homeIdParameter],
			requestBody: documentedHomeInput,
			response: {
				description: 'The home as now stored; unchanged input makes no new version',
				schema: homeDetailSchema
			},
			requiresLogin: true,
			problems: [403, 404, 409, 415]
		},
		{
			method: 'get',
			path: '/api/v1/homes/{id}/versions',
			operationId: 'listHomeVersions',
			summary: 'The history of a home, newest first (members of the owning organisation and admins)',
			parameters: [homeIdParameter],
			response: {
				description: 'Every version with who, when, what changed and its check',
				schema: z.array(homeVersionSchema)
			},
			requiresLogin: true,
			problems: [403, 404]
		}
	]
};
