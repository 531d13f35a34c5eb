import { runDueJobs } from '../../lib/server/jobs/index.ts';
import { defineCommand } from '../command.ts';
import { withDatabase } from '../with-database.ts';

export default defineCommand({
	usage: 'run-jobs',
	run: () => withDatabase(() => runDueJobs())
});
