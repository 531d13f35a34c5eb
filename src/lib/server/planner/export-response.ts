import { buildScenarioCsv } from '../../planner/build-scenario-csv.ts';
import type { ScenarioView } from '../../planner/describe-scenario.ts';
import { m } from '../../i18n/nl.ts';
import { buildScenarioReport } from './build-scenario-report.ts';

/** Downloads of the planner: CSV or PDF of the given scenarios, or 400 when none is valid. */
export async function exportResponse(
	views: ScenarioView[],
	kind: 'csv' | 'pdf',
	fileName: string
): Promise<Response> {
	if (views.length === 0) {
		return new Response(`${m.planner.pages.errorSummary}\n`, {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	const headers = {
		'content-disposition': `attachment; filename="${fileName}.${kind}"`,
		'cache-control': 'private, no-store'
	};
	if (kind === 'csv') {
		return new Response(buildScenarioCsv(views), {
			headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' }
		});
	}
	const pdf = await buildScenarioReport(views);
	return new Response(new Uint8Array(pdf), { headers: { ...headers, 'content-type': 'application/pdf' } });
}
