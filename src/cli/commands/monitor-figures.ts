import { getOpenData } from '../../lib/server/monitor/get-open-data.ts';
import { defineCommand } from '../command.ts';
import { withDatabase } from '../with-database.ts';

// The open data of the monitor: the same query and JSON answer as GET /api/v1/monitor/figures.
export default defineCommand({
	usage:
		'monitor-figures [--level nation|province|region|all] [--area CODE] [--from 2021Q1] [--to 2026Q3] [--setting S] [--regime R] [--targetGroup T]   (suppressed figures)',
	options: {
		level: { type: 'string' },
		area: { type: 'string' },
		from: { type: 'string' },
		to: { type: 'string' },
		setting: { type: 'string' },
		regime: { type: 'string' },
		targetGroup: { type: 'string' }
	},
	run: ({ values }) => withDatabase(() => getOpenData(values))
});
