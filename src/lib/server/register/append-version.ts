import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import type { HomeInput } from '../../register/home-input.ts';
import { schema, type Database } from '../db/index.ts';
import { AppError } from '../errors.ts';
import { columnsOf, diffInputs } from './home-record.ts';
import { inputOfRow, type HomeRow } from './home-view.ts';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export type VersionKind = 'updated' | 'archived' | 'restored' | 'imported';

/**
 * Writes a new version of a home: the new input (and status), the check computed from it and a
 * version row with the field diff. Optimistic: if someone else saved in between, 'conflict'.
 */
export async function appendVersion(
	tx: Transaction,
	current: HomeRow,
	input: HomeInput,
	options: {
		kind: VersionKind;
		author: { actorId: string | null; actorName: string | null };
		status?: 'active' | 'archived';
	}
): Promise<HomeRow> {
	const { columns, check } = columnsOf(input);
	const changes = diffInputs(inputOfRow(current), input);
	if (options.status && options.status !== current.status) {
		changes.push({ field: 'status', before: current.status, after: options.status });
	}
	const version = current.version + 1;
	const now = new Date();
	const statusColumns = options.status
		? { status: options.status, archivedAt: options.status === 'archived' ? now : null }
		: {};
	const [row] = await tx
		.update(schema.home)
		.set({ ...columns, ...statusColumns, version, updatedAt: now })
		.where(and(eq(schema.home.id, current.id), eq(schema.home.version, current.version)))
		.returning();
	if (!row) throw new AppError('conflict', m.register.home.changedMeanwhile);
	await tx.insert(schema.homeVersion).values({
		id: randomUUID(),
		homeId: current.id,
		version,
		kind: options.kind,
		snapshot: input,
		changes,
		verdict: check.verdict,
		check,
		...options.author,
		createdAt: now
	});
	return row;
}
