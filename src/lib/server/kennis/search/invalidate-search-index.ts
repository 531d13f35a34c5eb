import { markSearchIndexStale } from './search-index-cache.ts';

/**
 * Marks the search index stale after published content changed (publish, archive, import). This
 * process rebuilds on its next search; other instances see the changed database fingerprint.
 */
export function invalidateSearchIndex(): void {
	markSearchIndexStale();
}
