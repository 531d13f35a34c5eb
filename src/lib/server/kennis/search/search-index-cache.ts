import { buildSearchIndex, type SearchIndex } from '../../../kennis/search/build-search-index.ts';
import { getDb } from '../../db/index.ts';
import { listPublishedDocuments } from '../list-published-documents.ts';
import { readSearchFingerprint } from './read-search-fingerprint.ts';

interface Cached {
	index: SearchIndex;
	fingerprint: string;
	db: unknown;
}

let cached: Cached | undefined;
let building: Promise<Cached> | undefined;
let isStale = false;

/** Marks this process's index stale; the next search rebuilds it. */
export function markSearchIndexStale(): void {
	isStale = true;
}

async function build(fingerprint: string, db: unknown): Promise<Cached> {
	const documents = await listPublishedDocuments();
	return { index: buildSearchIndex(documents), fingerprint, db };
}

/**
 * The search index of the published articles, kept in memory per process. Before answering it
 * compares the database fingerprint, so a publication by another instance is seen at once;
 * concurrent searches share one rebuild.
 */
export async function getSearchIndex(): Promise<SearchIndex> {
	const db = getDb();
	const fingerprint = await readSearchFingerprint();
	if (cached && !isStale && cached.fingerprint === fingerprint && cached.db === db) return cached.index;
	if (!building) {
		isStale = false;
		building = build(fingerprint, db).finally(() => (building = undefined));
	}
	cached = await building;
	return cached.index;
}
