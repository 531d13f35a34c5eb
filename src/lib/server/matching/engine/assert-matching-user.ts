import { eq } from 'drizzle-orm';
import { m } from '../../../i18n/nl.ts';
import type { Actor } from '../../accounts/actor.ts';
import { getDb, schema } from '../../db/index.ts';
import { AppError } from '../../errors.ts';

/**
 * The engine endpoints are for logged-in members of an organisation (issue 6): anonymous
 * callers get 'unauthenticated', users who belong to no organisation 'forbidden'. The engine
 * reads no stored data, so membership of any organisation is enough.
 */
export async function assertMatchingUser(actor: Actor | null | undefined): Promise<Actor> {
	if (!actor) throw new AppError('unauthenticated', m.matching.engine.access.loginNeeded);
	const [membership] = await getDb()
		.select({ id: schema.member.id })
		.from(schema.member)
		.where(eq(schema.member.userId, actor.id))
		.limit(1);
	if (!membership) throw new AppError('forbidden', m.matching.engine.access.noOrganization);
	return actor;
}
