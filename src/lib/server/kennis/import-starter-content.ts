import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import { systemActor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { importArticles, type ImportResult } from './import-articles.ts';

/** The starter dossier folder `content/` at the package root (found from here, so it works bundled). */
export function starterContentDir(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const pkg = join(dir, 'package.json');
		if (existsSync(pkg) && existsSync(join(dir, 'content'))) {
			const name = (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name;
			if (name === 'kleinschalig') return join(dir, 'content');
		}
		const parent = dirname(dir);
		if (parent === dir) return resolve('content');
		dir = parent;
	}
}

/**
 * On an empty dossier, imports and publishes the starter content (independent of SEED_DEMO: the
 * dossier is real content, not demo data). Returns null when there was nothing to do.
 */
export async function importStarterContent(dir: string = starterContentDir()): Promise<ImportResult | null> {
	const [articles] = await getDb().select({ n: count() }).from(schema.kennisArticle);
	if ((articles?.n ?? 0) > 0 || !existsSync(dir)) return null;
	return importArticles(systemActor, { dir, publish: true });
}
