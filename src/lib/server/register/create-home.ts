import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import { homeInputSchema, type HomeInput } from '../../register/home-input.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema, type Database } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validation.ts';
import { actorNameOf, assertCanChangeHomes } from './home-access.ts';
import { columnsOf, diffInputs } from './home-record.ts';
import { homeDetailOf, type HomeDetail } from './home-view.ts';

/** The transaction type of the one Drizzle client. */
type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The organisation that will own a new home: it must exist and be a provider. */
export async function providerNameOf(organizationId: string): Promise<string> {
	const [organization] = await getDb()
		.select({ name: schema.organization.name, kind: schema.organization.kind })
		.from(schema.organization)
		.where(eq(schema.organization.id, organizationId));
	if (!organization) throw new AppError('not-found', m.auth.errors.organizationNotFound);
	if (organization.kind !== 'provider') throw new AppError('forbidden', m.register.home.notProvider);
	return organization.name;
}

/** Inserts a validated home and its first version inside a transaction; returns the new row. */
export async function insertHome(
	tx: Transaction,
	organizationId: string,
	input: HomeInput,
	author: { actorId: string | null; actorName: string | null },
	kind: 'created' | 'imported'
) {
	const { columns, check } = columnsOf(input);
	const id = randomUUID();
	const [row] = await tx
		.insert(schema.home)
		.values({ id, organizationId, ...columns })
		.returning();
	await tx.insert(schema.homeVersion).values({
		id: randomUUID(),
		homeId: id,
		version: 1,
		kind,
		snapshot: input,
		changes: diffInputs(undefined, input),
		verdict: check.verdict,
		check,
		...author
	});
	return row!;
}

/** Registers a new home for a provider; only its managers and admins may. Stores version 1. */
export async function createHome(
	actor: Actor | null | undefined,
	options: { organizationId: string; input: unknown }
): Promise<HomeDetail> {
	const known = await assertCanChangeHomes(actor, options.organizationId);
	const organizationName = await providerNameOf(options.organizationId);
	const input = parseInput(homeInputSchema, options.input);
	const author = await actorNameOf(known);
	const row = await getDb().transaction((tx) =>
		insertHome(tx, options.organizationId, input, author, 'created')
	);
	return homeDetailOf(row, organizationName, true);
}
