import { databaseHandle } from '../../lib/server/db/index.ts';
import { defineCommand } from '../command.ts';
import { withDatabase } from '../with-database.ts';

export default defineCommand({
	usage: 'migrate',
	run: () => withDatabase(async () => ({ migrated: true, database: databaseHandle().location }))
});
