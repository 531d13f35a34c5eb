import { resolve } from 'node:path';
import { m } from '../../lib/i18n/nl.ts';
import { systemActor } from '../../lib/server/accounts/actor.ts';
import { AppError } from '../../lib/server/errors.ts';
import { importArticles } from '../../lib/server/kennis/import-articles.ts';
import { defineCommand } from '../command.ts';
import { withDatabase } from '../with-database.ts';

// Invalid files do not fail the command: they are listed in `invalid` (file and reason) and the
// valid ones are imported (contracts.md, section 3), so the exit code is 0 for a partial import.
export default defineCommand({
	usage:
		'import-articles DIR [--publish]   (every *.md below DIR; themes.yml in DIR gives theme titles and order)',
	options: { publish: { type: 'boolean' } },
	maxPositionals: 1,
	async run({ positionals, values }) {
		const dir = positionals[0];
		if (!dir)
			throw new AppError('invalid-input', m.kennis.import.dirMissing, [
				{ path: 'DIR', message: m.kennis.import.dirMissing }
			]);
		return withDatabase(() =>
			importArticles(systemActor, { dir: resolve(dir), publish: values.publish === true })
		);
	}
});
