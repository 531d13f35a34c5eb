import { createAdmin } from '../../lib/server/accounts/create-admin.ts';
import { defineCommand } from '../command.ts';
import { withDatabase } from '../with-database.ts';

export default defineCommand({
	usage: 'create-admin --email E --name N [--password P]   (without --password one is generated and printed)',
	options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
	run: ({ values }) => withDatabase(() => createAdmin(values))
});
