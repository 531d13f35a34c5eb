import { buildPrivateRows } from '../../monitor/build-tables.ts';
import type { Actor } from '../accounts/actor.ts';
import { publishedQuarters } from './compute-monitor-tables.ts';
import { loadBaseCells } from './load-monitor-data.ts';
import { assertCanReadReports } from './report-access.ts';

/**
 * The totals per quarter of one provider's homes, unsuppressed: only for its members,
 * researchers and admins, who may see the reports per home anyway.
 */
export async function getProviderFigures(
	actor: Actor | null | undefined,
	options: { organizationId: string; now?: Date }
) {
	await assertCanReadReports(actor, options.organizationId);
	const quarters = await publishedQuarters({ now: options.now });
	if (quarters.length === 0) return [];
	const cells = await loadBaseCells({
		from: quarters[0]!,
		to: quarters.at(-1)!,
		filters: {},
		organizationId: options.organizationId
	});
	return buildPrivateRows(cells, quarters);
}
