import { m } from '../../lib/i18n/nl.ts';
import { seedDemo } from '../../lib/server/demo/seed-demo.ts';
import { AppError } from '../../lib/server/errors.ts';
import { defineCommand } from '../command.ts';
import { withDatabase } from '../with-database.ts';

export default defineCommand({
	usage: 'seed --demo    add the synthetic demo data to an empty database (prints the logins)',
	options: { demo: { type: 'boolean' } },
	async run({ values }) {
		if (!values.demo)
			throw new AppError('invalid-input', m.platform.cli.seedChoose, [
				{ path: 'demo', message: m.platform.cli.seedChoose }
			]);
		const result = await withDatabase(() => seedDemo());
		// Refusing a non-empty database is a polite "no", not a crash: exit 1 with a clear reason.
		if (!result.seeded) throw new AppError('conflict', m.platform.cli.databaseNotEmpty);
		return result;
	}
});
