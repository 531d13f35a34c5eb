import { eq } from 'drizzle-orm';
import { m } from '../../i18n/nl.ts';
import type { Actor } from '../accounts/actor.ts';
import { getDb, schema } from '../db/index.ts';
import { AppError } from '../errors.ts';

const e = m.kennis.errors;

/** The actor if they may edit the dossier (role editor, or admin); AppError otherwise. */
export function requireEditor(actor: Actor | null | undefined): Actor {
	if (!actor) throw new AppError('unauthenticated', e.loginNeeded);
	if (actor.role !== 'editor' && actor.role !== 'admin') throw new AppError('forbidden', e.notEditor);
	return actor;
}

/** Who the actor is for revisions and the log; null id and name for the system actor (import). */
export async function authorOf(actor: Actor): Promise<{ id: string | null; name: string | null }> {
	if (actor.id === 'system') return { id: null, name: null };
	const [row] = await getDb()
		.select({ name: schema.user.name })
		.from(schema.user)
		.where(eq(schema.user.id, actor.id));
	return row ? { id: actor.id, name: row.name } : { id: null, name: null };
}
