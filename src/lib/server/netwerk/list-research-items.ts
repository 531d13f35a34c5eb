import { asc } from 'drizzle-orm';
import { getDb, schema } from '../db/index.ts';
import type { ResearchItem } from './research-item-fields.ts';

/** Public: the research agenda in its set order. */
export async function listResearchItems(): Promise<ResearchItem[]> {
	const r = schema.networkResearchItem;
	return getDb()
		.select({ id: r.id, title: r.title, description: r.description, status: r.status })
		.from(r)
		.orderBy(asc(r.position), asc(r.title));
}
