import { randomUUID } from 'node:crypto';
import { eq, like } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '../../i18n/nl.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { organizationKindField } from './account-fields.ts';
import type { OrganizationKind } from './roles.ts';
import { slugify } from './slugify.ts';

const e = m.auth.errors;

const createOrganizationSchema = z.object({
	name: z.string(e.organizationNameRequired).trim().min(1, e.organizationNameRequired).max(200),
	kind: organizationKindField,
	slug: z
		.string()
		.trim()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, e.slugInvalid)
		.max(60, e.slugInvalid)
		.optional()
});

export interface CreateOrganizationInput {
	name: string;
	kind: OrganizationKind;
	/** Default: derived from the name, made unique with -2, -3, … */
	slug?: string;
}

/** Creates an organisation (without members; add managers with addMember or an invitation). */
export async function createOrganization(input: CreateOrganizationInput): Promise<{ id: string; slug: string }> {
	const data = parseInput(createOrganizationSchema, input);
	const db = getDb();
	let slug: string;
	if (data.slug) {
		const taken = await db.select({ id: schema.organization.id }).from(schema.organization).where(eq(schema.organization.slug, data.slug));
		if (taken.length > 0) throw new AppError('conflict', e.slugTaken, [{ path: 'slug', message: e.slugTaken }]);
		slug = data.slug;
	} else {
		const base = slugify(data.name);
		const rows = await db
			.select({ slug: schema.organization.slug })
			.from(schema.organization)
			.where(like(schema.organization.slug, `${base}%`));
		const used = new Set(rows.map((r) => r.slug));
		slug = base;
		for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
	}
	const id = randomUUID();
	await db.insert(schema.organization).values({ id, name: data.name, kind: data.kind, slug });
	return { id, slug };
}
