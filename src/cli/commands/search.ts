import { searchArticles } from '../../lib/server/kennis/search/search-articles.ts';
import { defineCommand } from '../command.ts';
import { withDatabase } from '../with-database.ts';

// Contract 3: the same query and JSON answer as GET /api/v1/search.
export default defineCommand({
	usage:
		'search "TEXT" [--limit N] [--theme SLUG] [--knowledge K] [--audience A]   (published articles, best first)',
	options: {
		limit: { type: 'string' },
		theme: { type: 'string' },
		knowledge: { type: 'string' },
		audience: { type: 'string' }
	},
	maxPositionals: 1,
	run: ({ positionals, values }) => withDatabase(() => searchArticles({ ...values, q: positionals[0] ?? '' }))
});
